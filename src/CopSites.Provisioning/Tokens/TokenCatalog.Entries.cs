namespace CopSites.Provisioning.Tokens;

/// <summary>The catalogue's entries: what each token resolves to, or why it is rejected.</summary>
public static partial class TokenCatalog
{
    private static IEnumerable<TokenDefinition> Entries()
    {
        const TokenArguments none = TokenArguments.None, one = TokenArguments.One, optional = TokenArguments.Optional;
        const TokenCategory site = TokenCategory.Site, security = TokenCategory.Security, user = TokenCategory.User;
        const TokenCategory taxonomy = TokenCategory.Taxonomy, content = TokenCategory.Content, template = TokenCategory.Template;

        yield return Value("site", site, none, "Server-relative URL of the web.", (c, _) => c.SiteUrl?.TrimEnd('/'));
        yield return Value("sitecollection", site, none, "Server-relative URL of the site collection.", (c, _) => c.SiteCollectionUrl?.TrimEnd('/'));
        yield return Value("siteid", site, none, "Id of the web.", (c, _) => Text(c.SiteId));
        yield return Value("sitecollectionid", site, none, "Id of the site collection.", (c, _) => Text(c.SiteCollectionId));
        yield return Value("sitename", site, none, "Title of the web.", (c, _) => c.SiteTitle);
        yield return Value("sitetitle", site, none, "Title of the web.", (c, _) => c.SiteTitle);
        yield return Value("groupsitetitle", site, none, "Title of the group site (CopSites creates group and site with one title).", (c, _) => c.SiteTitle);
        yield return Value("webname", site, none, "Last segment of the web URL.", (c, _) => WebName(c));
        yield return Value("hosturl", site, none, "Scheme and host, e.g. https://contoso.sharepoint.com.", (c, _) => c.HostUrl?.TrimEnd('/'));
        yield return Value("hostname", site, none, "Host name, e.g. contoso.sharepoint.com.", (c, _) => c.HostUrl is null ? null : new Uri(c.HostUrl).Host);
        yield return Value("fqdn", site, none, "Host name, e.g. contoso.sharepoint.com.", (c, _) => c.HostUrl is null ? null : new Uri(c.HostUrl).Host);
        yield return Value("masterpagecatalog", site, none, "Master page gallery of the web.", (c, _) => Combine(c.SiteUrl, "/_catalogs/masterpage"));
        yield return Value("themecatalog", site, none, "Theme gallery of the site collection.", (c, _) => Combine(c.SiteCollectionUrl, "/_catalogs/theme/15"));

        yield return Value("groupid", security, optional, "Microsoft 365 group of the site; with a name, the id of that SharePoint group.",
            (c, a) => a is null ? Text(c.GroupId) : Find(c.SiteGroups, a, id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        yield return Value("sitecollectionconnectedoffice365groupid", security, none, "Microsoft 365 group of the site.", (c, _) => Text(c.GroupId));
        yield return Value("associatedownergroup", security, none, "Name of the owners group.", (c, _) => c.AssociatedOwnerGroup);
        yield return Value("associatedmembergroup", security, none, "Name of the members group.", (c, _) => c.AssociatedMemberGroup);
        yield return Value("associatedvisitorgroup", security, none, "Name of the visitors group.", (c, _) => c.AssociatedVisitorGroup);
        yield return Value("associatedownergroupid", security, none, "Id of the owners group.", (c, _) => Find(c.SiteGroups, c.AssociatedOwnerGroup, Id));
        yield return Value("associatedmembergroupid", security, none, "Id of the members group.", (c, _) => Find(c.SiteGroups, c.AssociatedMemberGroup, Id));
        yield return Value("associatedvisitorgroupid", security, none, "Id of the visitors group.", (c, _) => Find(c.SiteGroups, c.AssociatedVisitorGroup, Id));
        yield return Value("roledefinition", security, one, "Permission level name for a role type such as Editor.", (c, a) => Find(c.RoleDefinitions, a, v => v));
        yield return Value("everyone", security, none, "The 'Everyone' claim.", (_, _) => "c:0(.s|true");

        yield return Value("currentuserloginname", user, none, "Login name of the user running the engine.", (c, _) => c.CurrentUserLoginName);
        yield return Value("currentuserid", user, none, "SharePoint id of the user running the engine.",
            (c, _) => c.CurrentUserId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return Value("currentuserfullname", user, none, "Display name of the user running the engine.", (c, _) => c.CurrentUserFullName);

        yield return Value("parameter", template, one, "A template parameter.", (c, a) => Find(c.Parameters, a, v => v));
        foreach (var alias in new[] { "localization", "loc", "localize", "resource", "res" })
        {
            yield return Value(alias, template, one, "A localized resource string.", Resource);
        }

        yield return Value("listid", TokenCategory.List, one, "Id of a list by title.", (c, a) => Find(c.Lists, a, l => Text(l.Id)));
        yield return Value("listurl", TokenCategory.List, one, "Server-relative URL of a list by title.", (c, a) => Find(c.Lists, a, l => l.ServerRelativeUrl));
        yield return Value("viewid", TokenCategory.List, TokenArguments.CommaPair, "Id of a view: {viewid:List,View}.", View);
        yield return Value("fieldid", TokenCategory.Field, one, "Id of a field by internal name.", (c, a) => Find(c.Fields, a, f => Text(f.Id)));
        yield return Value("fieldtitle", TokenCategory.Field, one, "Display name of a field by internal name.", (c, a) => Find(c.Fields, a, f => f.Title));
        yield return Value("contenttypeid", TokenCategory.ContentType, one, "Id of a content type by name.", (c, a) => Find(c.ContentTypes, a, v => v));

        yield return Value("termstoreid", taxonomy, optional, "Id of the default term store, or of the named one.",
            (c, a) => a is null ? Text(c.TermStoreId) : Find(c.TermStores, a, v => Text(v)));
        yield return Value("sitecollectiontermstoreid", taxonomy, none, "Id of the site collection's term store.", (c, _) => Text(c.TermStoreId));
        yield return Value("termsetid", taxonomy, TokenArguments.ColonPair, "Id of a term set: {termsetid:Group:Set}.", (c, a) => Find(c.TermSets, a, v => Text(v)));
        yield return Value("sitecollectiontermgroupid", taxonomy, none, "Id of the site collection term group.", (c, _) => Text(c.SiteCollectionTermGroupId));
        yield return Value("sitecollectiontermgroupname", taxonomy, none, "Name of the site collection term group.", (c, _) => c.SiteCollectionTermGroupName);
        yield return Value("sitecollectiontermsetid", taxonomy, one, "Id of a term set in the site collection term group.",
            (c, a) => c.SiteCollectionTermGroupName is null ? null : Find(c.TermSets, $"{c.SiteCollectionTermGroupName}:{a}", v => Text(v)));

        yield return Value("pageuniqueid", content, one, "Unique id of a page by site-relative path.", (c, a) => Find(c.Files, SitePath(a), v => Text(v)));
        yield return Value("fileuniqueid", content, one, "Unique id of a file by site-relative path.", (c, a) => Find(c.Files, SitePath(a), v => Text(v)));
        yield return Value("webpartid", content, one, "Id of a web part by title.", (c, a) => Find(c.WebParts, a, v => Text(v)));

        yield return Value("cdatastart", TokenCategory.Constant, none, "Start of a CDATA section.", (_, _) => "<![CDATA[");
        yield return Value("cdataend", TokenCategory.Constant, none, "End of a CDATA section.", (_, _) => "]]>");

        foreach (var rejected in RejectedEntries())
        {
            yield return rejected;
        }
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<TokenDefinition> RejectedEntries()
    {
        const string tenant = "tenant-level features (app catalog, site designs, storage entities) are outside CopSites' scope.";
        const string sequence = "provisioning sequences across several sites are not applied by CopSites.";
        const string teams = "Teams provisioning is outside CopSites' scope.";
        foreach (var name in new[] { "apppackageid", "sitedesignid", "sitescriptid", "storageentityvalue", "o365groupid" })
        {
            yield return Rejected(name, tenant);
        }

        foreach (var name in new[] { "sequencesiteurl", "sequencesiteid", "sequencesitecollectionid", "sequencesitegroupid", "sequencesitetoken" })
        {
            yield return Rejected(name, sequence);
        }

        yield return Rejected("teamstabid", teams);
        yield return Rejected("teamsappid", teams);
        yield return Rejected("webhookparam", "provisioning webhooks are not supported.");
        yield return Rejected("guid", "a new value on every run would make provisioning non-idempotent.");
        yield return Rejected("now", "a new value on every run would make provisioning non-idempotent.");
        yield return Rejected("propertybagvalue", "property bag values are not read back by CopSites.");
        foreach (var name in new[] { "siteidencoded", "sitecollectionidencoded", "fileuniqueidencoded", "pageuniqueidencoded", "filelistitemid" })
        {
            yield return Rejected(name, "this encoded or item-level form is not needed by CopSites templates; use the plain id token.");
        }

        yield return Rejected("listcontenttypeid", "list content type ids are not tracked; bind site content types by id instead.");
        yield return Rejected("roledefinitionid", "permission levels are referenced by name.");
        yield return Rejected("everyonebutexternalusers", "needs the tenant realm, which CopSites does not look up.");
        yield return Rejected("authenticationrealm", "needs the tenant realm, which CopSites does not look up.");
        yield return Rejected("realm", "needs the tenant realm, which CopSites does not look up.");
        yield return Rejected("keywordstermstoreid", "the keywords term store is not used by CopSites.");
        yield return Rejected("siteowner", "site ownership is set through pnp:Security.");
        yield return Rejected("pageslibrary", "classic publishing pages libraries are not supported.");
        yield return Rejected("sitecollectionnavigationtermsetid", "PnP has no such token either (it stays literal there); name the term set with {termsetid:Group:Set}.");
    }
}
