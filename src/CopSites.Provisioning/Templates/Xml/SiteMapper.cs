namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Maps the site-wide elements: web settings, property bag, security, navigation, header and footer.</summary>
internal static class SiteMapper
{
    public static WebSettings WebSettings(ElementScope s)
    {
        var settings = new WebSettings(s.String("Title"), s.String("Description"), s.String("SiteLogo"), s.String("SiteLogoThumbnail"),
            s.String("WelcomePage"), s.String("RequestAccessEmail"), s.Bool("NoCrawl"), s.String("MasterPageUrl"),
            s.String("CustomMasterPageUrl"), s.String("AlternateCSS"), s.String("HubSiteUrl"), s.Bool("CommentsOnSitePagesDisabled"),
            s.Bool("QuickLaunchEnabled"), s.Bool("HorizontalQuickLaunch"), s.Bool("MembersCanShare"), s.Bool("DisableFlows"),
            s.Bool("DisableAppViews"), s.Bool("ExcludeFromOfflineClient"), s.String("SearchScope"), s.String("SearchBoxInNavBar"),
            s.String("SearchCenterUrl"), s.Bool("IsMultilingual"), s.Location);
        s.Children(new Dictionary<string, Action<ElementScope>>());
        return settings;
    }

    public static ValueList<PropertyBagEntry> PropertyBag(ElementScope scope)
    {
        var entries = new List<PropertyBagEntry>();
        scope.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["PropertyBagEntry"] = e => entries.Add(new PropertyBagEntry(e.Required("Key"), e.String("Value") ?? string.Empty,
                e.Bool("Overwrite"), e.Bool("Indexed"), e.Location)),
        });
        return entries.ToValueList();
    }

    public static SiteSecurity Security(ElementScope s)
    {
        var security = new SiteSecurity(s.Bool("BreakRoleInheritance"), s.Bool("ResetRoleInheritance"), s.Bool("CopyRoleAssignments"),
            s.Bool("RemoveExistingUniqueRoleAssignments"), s.Bool("ClearSubscopes"), s.String("AssociatedOwnerGroup"),
            s.String("AssociatedMemberGroup"), s.String("AssociatedVisitorGroup"), null, null, null, null, [], null, null, s.Location);
        var groups = new List<SiteGroup>();
        s.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["AdditionalAdministrators"] = u => security = security with { AdditionalAdministrators = CommonMapper.Users(u) },
            ["AdditionalOwners"] = u => security = security with { AdditionalOwners = CommonMapper.Users(u) },
            ["AdditionalMembers"] = u => security = security with { AdditionalMembers = CommonMapper.Users(u) },
            ["AdditionalVisitors"] = u => security = security with { AdditionalVisitors = CommonMapper.Users(u) },
            ["SiteGroups"] = g => g.Children(new Dictionary<string, Action<ElementScope>> { ["SiteGroup"] = x => groups.Add(Group(x)) }),
            ["Permissions"] = p => p.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["RoleDefinitions"] = r => security = security with { RoleDefinitions = RoleDefinitions(r) },
                ["RoleAssignments"] = r => security = security with { RoleAssignments = RoleAssignments(r) },
            }),
        });
        return security with { SiteGroups = groups.ToValueList() };
    }

    private static SiteGroup Group(ElementScope s)
    {
        var group = new SiteGroup(s.Required("Title"), s.String("Description"), s.String("Owner"), s.Bool("AllowMembersEditMembership"),
            s.Bool("AllowRequestToJoinLeave"), s.Bool("AutoAcceptRequestToJoinLeave"), s.Bool("OnlyAllowMembersViewMembership"),
            s.String("RequestToJoinLeaveEmailSetting"), null, s.Location);
        s.Children(new Dictionary<string, Action<ElementScope>> { ["Members"] = m => group = group with { Members = CommonMapper.Users(m) } });
        return group;
    }

    private static ValueList<RoleDefinition> RoleDefinitions(ElementScope scope)
    {
        var result = new List<RoleDefinition>();
        scope.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["RoleDefinition"] = d =>
            {
                var (name, description, location) = (d.Required("Name"), d.String("Description"), d.Location);
                var permissions = new List<string>();
                d.Children(new Dictionary<string, Action<ElementScope>>
                {
                    ["Permissions"] = p => p.Children(new Dictionary<string, Action<ElementScope>>
                    {
                        ["Permission"] = x => permissions.Add(x.Element.Value.Trim()),
                    }),
                });
                result.Add(new RoleDefinition(name, description, permissions.ToValueList(), location));
            },
        });
        return result.ToValueList();
    }

    private static ValueList<RoleAssignment> RoleAssignments(ElementScope scope)
    {
        var result = new List<RoleAssignment>();
        scope.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["RoleAssignment"] = a => result.Add(new RoleAssignment(a.Required("Principal"), a.Required("RoleDefinition"), a.Bool("Remove"), a.Location)),
        });
        return result.ToValueList();
    }

    public static NavigationSettings Navigation(ElementScope s) => NavigationMapper.Map(s);

    public static SiteHeader Header(ElementScope s) => new(s.Required("Layout"), s.String("MenuStyle"), s.String("BackgroundEmphasis"),
        s.Bool("ShowSiteTitle"), s.Bool("ShowSiteNavigation"), s.Location);

    public static SiteFooter Footer(ElementScope s)
    {
        var footer = new SiteFooter(s.Bool("Enabled") ?? false, s.String("Logo"), s.String("Name"), s.Bool("RemoveExistingNodes"),
            s.String("Layout"), s.String("DisplayName"), s.String("BackgroundEmphasis"), [], s.Location);
        s.Children(new Dictionary<string, Action<ElementScope>> { ["FooterLinks"] = l => footer = footer with { Links = FooterLinks(l) } });
        return footer;
    }

    private static ValueList<FooterLink> FooterLinks(ElementScope scope)
    {
        var links = new List<FooterLink>();
        scope.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["FooterLink"] = l =>
            {
                var (name, url) = (l.Required("DisplayName"), l.String("Url"));
                links.Add(new FooterLink(name, url, FooterLinks(l)));
            },
        });
        return links.ToValueList();
    }
}
