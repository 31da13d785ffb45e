using System.Xml.Linq;
using static CopSites.Provisioning.Templates.Xml.XmlParts;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Writes one <c>pnp:ProvisioningTemplate</c> and its site-wide parts.</summary>
internal static class TemplateXml
{
    public static XElement Template(ProvisioningTemplate t) => E("ProvisioningTemplate",
        A("ID", t.Id), A("Version", t.Version), A("BaseSiteTemplate", t.BaseSiteTemplate), A("ImagePreviewUrl", t.ImagePreviewUrl),
        A("DisplayName", t.DisplayName), A("Description", t.Description), A("TemplateCultureInfo", t.TemplateCultureInfo), A("Scope", t.Scope),
        NonEmpty("Properties", t.Properties, p => Properties([p]).Single()),
        t.WebSettings is null ? null : WebSettings(t.WebSettings),
        NonEmpty("PropertyBagEntries", t.PropertyBagEntries, p => E("PropertyBagEntry", A("Key", p.Key), A("Value", p.Value),
            A("Overwrite", p.Overwrite), A("Indexed", p.Indexed))),
        t.Security is null ? null : Security(t.Security),
        t.Navigation is null ? null : NavigationXml.Navigation(t.Navigation),
        NonEmpty("SiteFields", t.SiteFields, f => Raw(f.SchemaXml)),
        NonEmpty("ContentTypes", t.ContentTypes, ListXml.ContentType),
        NonEmpty("Lists", t.Lists, ListXml.List),
        NonEmpty("Files", t.Files, f => E("File", A("Src", f.Src), A("Folder", f.Folder), A("Overwrite", f.Overwrite),
            A("Level", f.Level), A("TargetFileName", f.TargetFileName), NonEmpty("Properties", f.Properties, p => Properties([p]).Single()))),
        NonEmpty("TermGroups", t.TermGroups, TermXml.Group),
        NonEmpty("ClientSidePages", t.ClientSidePages, PageXml.Page),
        t.Header is null ? null : E("Header", A("Layout", t.Header.Layout), A("MenuStyle", t.Header.MenuStyle),
            A("BackgroundEmphasis", t.Header.BackgroundEmphasis), A("ShowSiteTitle", t.Header.ShowSiteTitle),
            A("ShowSiteNavigation", t.Header.ShowSiteNavigation)),
        t.Footer is null ? null : Footer(t.Footer));

    private static XElement WebSettings(WebSettings w) => E("WebSettings",
        A("RequestAccessEmail", w.RequestAccessEmail), A("NoCrawl", w.NoCrawl), A("WelcomePage", w.WelcomePage), A("Title", w.Title),
        A("Description", w.Description), A("SiteLogo", w.SiteLogo), A("SiteLogoThumbnail", w.SiteLogoThumbnail), A("AlternateCSS", w.AlternateCss),
        A("MasterPageUrl", w.MasterPageUrl), A("CustomMasterPageUrl", w.CustomMasterPageUrl), A("HubSiteUrl", w.HubSiteUrl),
        A("CommentsOnSitePagesDisabled", w.CommentsOnSitePagesDisabled), A("QuickLaunchEnabled", w.QuickLaunchEnabled),
        A("ExcludeFromOfflineClient", w.ExcludeFromOfflineClient), A("MembersCanShare", w.MembersCanShare), A("DisableFlows", w.DisableFlows),
        A("DisableAppViews", w.DisableAppViews), A("HorizontalQuickLaunch", w.HorizontalQuickLaunch), A("SearchScope", w.SearchScope),
        A("IsMultilingual", w.IsMultilingual), A("SearchBoxInNavBar", w.SearchBoxInNavBar), A("SearchCenterUrl", w.SearchCenterUrl));

    private static XElement Security(SiteSecurity s) => E("Security",
        A("BreakRoleInheritance", s.BreakRoleInheritance), A("ResetRoleInheritance", s.ResetRoleInheritance),
        A("CopyRoleAssignments", s.CopyRoleAssignments), A("RemoveExistingUniqueRoleAssignments", s.RemoveExistingUniqueRoleAssignments),
        A("ClearSubscopes", s.ClearSubscopes), A("AssociatedOwnerGroup", s.AssociatedOwnerGroup),
        A("AssociatedMemberGroup", s.AssociatedMemberGroup), A("AssociatedVisitorGroup", s.AssociatedVisitorGroup),
        s.AdditionalAdministrators is null ? null : Users("AdditionalAdministrators", s.AdditionalAdministrators),
        s.AdditionalOwners is null ? null : Users("AdditionalOwners", s.AdditionalOwners),
        s.AdditionalMembers is null ? null : Users("AdditionalMembers", s.AdditionalMembers),
        s.AdditionalVisitors is null ? null : Users("AdditionalVisitors", s.AdditionalVisitors),
        NonEmpty("SiteGroups", s.SiteGroups, g => E("SiteGroup", A("Title", g.Title), A("Description", g.Description), A("Owner", g.Owner),
            A("AllowMembersEditMembership", g.AllowMembersEditMembership), A("AllowRequestToJoinLeave", g.AllowRequestToJoinLeave),
            A("AutoAcceptRequestToJoinLeave", g.AutoAcceptRequestToJoinLeave),
            A("OnlyAllowMembersViewMembership", g.OnlyAllowMembersViewMembership),
            A("RequestToJoinLeaveEmailSetting", g.RequestToJoinLeaveEmailSetting),
            g.Members is null ? null : Users("Members", g.Members))),
        s.RoleDefinitions is null && s.RoleAssignments is null ? null : E("Permissions",
            s.RoleDefinitions is null ? null : E("RoleDefinitions", s.RoleDefinitions.Select(d => E("RoleDefinition",
                A("Name", d.Name), A("Description", d.Description), E("Permissions", d.Permissions.Select(p => E("Permission", p)))))),
            s.RoleAssignments is null ? null : E("RoleAssignments", s.RoleAssignments.Select(a => E("RoleAssignment",
                A("Principal", a.Principal), A("RoleDefinition", a.RoleDefinition), A("Remove", a.Remove))))));

    private static XElement Footer(SiteFooter f) => E("Footer",
        A("Enabled", f.Enabled), A("Logo", f.Logo), A("Name", f.Name), A("RemoveExistingNodes", f.RemoveExistingNodes),
        A("Layout", f.Layout), A("DisplayName", f.DisplayName), A("BackgroundEmphasis", f.BackgroundEmphasis),
        NonEmpty("FooterLinks", f.Links, FooterLink));

    private static XElement FooterLink(FooterLink link) =>
        E("FooterLink", A("DisplayName", link.DisplayName), A("Url", link.Url), link.Children.Select(FooterLink));
}
