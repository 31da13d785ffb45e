using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;

namespace CopSites.LocalTenant.Tests.WebUi;

/// <summary>
/// A community-of-practice site as the provisioning engine leaves it: a group made through the SDK, then (written
/// straight to the store, as the list, page and navigation endpoints are built elsewhere) a Home page with a hostile
/// text web part, a Quick Chart and other web parts, an Initiatives list, files in Documents and quick launch nodes.
/// </summary>
internal sealed record CopSiteSeed(string Alias, string SiteId, string SitePath, string ListId)
{
    public const string Title = "Urban Mobility CoP";
    public const string HostileHtml =
        "<h2>Welcome</h2><p onclick=\"window.__pwned = 'onclick'\">Hello <strong>CoP</strong> members!</p>"
        + "<script>window.__pwned = 'script';</script><img src=x onerror=\"window.__pwned = 'img'\">"
        + "<p><a href=\"javascript:window.__pwned = 'link'\">bad link</a> and <a href=\"/sites/ALIAS/Lists/Initiatives\">our initiatives</a></p>"
        + "<style>body { display: none }</style><iframe src=\"https://evil.example/\"></iframe>";

    public static readonly (string Label, double Value)[] ChartData = [("Bogotá", 42), ("Lima", 35), ("<Q3 & \"São Paulo\">", 58), ("Quito", 12)];

    public static async Task<CopSiteSeed> CreateAsync(TenantFixture tenant)
    {
        var alias = "urban-mobility-" + Guid.NewGuid().ToString("N")[..6];
        var group = await tenant.Graph.Groups.PostAsync(new Group
        {
            DisplayName = Title, MailNickname = alias, GroupTypes = ["Unified"], MailEnabled = true, SecurityEnabled = false, Visibility = "Private",
            Description = "Practitioners of urban mobility across the region",
            AdditionalData = new Dictionary<string, object>
            {
                ["owners@odata.bind"] = new[] { "https://graph.microsoft.com/v1.0/users/carol@contoso.local" },
                ["members@odata.bind"] = new[] { "https://graph.microsoft.com/v1.0/users/bob@contoso.local", "https://graph.microsoft.com/v1.0/users/mallory@contoso.local" },
            },
        });
        var site = await tenant.Graph.Groups[group!.Id].Sites["root"].GetAsync();
        var sitePath = "/sites/" + alias;
        var listId = Guid.NewGuid().ToString();
        var seed = new CopSiteSeed(alias, site!.Id!, sitePath, listId);
        await tenant.Host.Database.WriteAsync(async s =>
        {
            await SeedListAsync(s, seed);
            await SeedLibraryAsync(s, seed);
            await SeedPagesAsync(s, seed);
            await SeedNavigationAsync(s, seed);
        }, CancellationToken.None);
        return seed;
    }

    private static async Task SeedListAsync(TenantSession s, CopSiteSeed seed)
    {
        var list = CopSites.LocalTenant.Resources.Sites.SiteFactory.ListDocument(seed.SiteId, seed.SitePath, seed.ListId, "Initiatives", "Initiatives", "genericList", "What the CoP works on");
        list["nextItemId"] = 4;
        await s.InsertAsync(EntityKinds.List, seed.SiteId, seed.ListId, list, default);
        var scope = TenantSession.ChildScope(seed.SiteId, seed.ListId);
        JsonObject Column(string name, string display, string facet, JsonObject? facetBody = null, bool hidden = false) => new()
        {
            ["id"] = Guid.NewGuid().ToString(), ["name"] = name, ["displayName"] = display, ["hidden"] = hidden, ["readOnly"] = false,
            [facet] = facetBody ?? new JsonObject(),
        };
        JsonObject[] columns =
        [
            Column("ContentType", "Content Type", "text", hidden: false),
            Column("Title", "Title", "text"),
            Column("Status", "Status", "choice", new JsonObject { ["choices"] = new JsonArray("Planned", "Active", "Done") }),
            Column("Lead", "Lead", "personOrGroup", new JsonObject { ["allowMultipleSelection"] = true }),
            Column("StartDate", "Start date", "dateTime", new JsonObject { ["format"] = "dateOnly" }),
            Column("Budget", "Budget", "currency", new JsonObject { ["locale"] = "en-us" }),
            Column("Flagship", "Flagship", "boolean"),
            Column("InternalNotes", "Internal notes", "text", hidden: true),
        ];
        foreach (var column in columns)
        {
            await s.InsertAsync(EntityKinds.Column, scope, column["id"]!.ToString(), column, default);
        }

        JsonObject Item(string id, JsonObject fields) => new() { ["id"] = id, ["contentType"] = new JsonObject { ["id"] = "0x01", ["name"] = "Item" }, ["fields"] = fields };
        await s.InsertAsync(EntityKinds.ListItem, scope, "1", Item("1", new JsonObject
        {
            ["Title"] = "Bus rapid transit toolkit", ["Status"] = "Active", ["StartDate"] = "2025-03-14T00:00:00Z", ["Budget"] = 125000, ["Flagship"] = true,
            ["Lead"] = new JsonArray(new JsonObject { ["LookupId"] = 7, ["LookupValue"] = "Carol Silva", ["Email"] = "carol@contoso.local" }),
            ["InternalNotes"] = "do not show",
        }), default);
        await s.InsertAsync(EntityKinds.ListItem, scope, "2", Item("2", new JsonObject
        {
            ["Title"] = "Cycling <b>lanes</b> & safety", ["Status"] = "Planned", ["Lead"] = "bob@contoso.local", ["Budget"] = 40000, ["Flagship"] = false,
        }), default);
        await s.InsertAsync(EntityKinds.ListItem, scope, "3", Item("3", new JsonObject { ["Title"] = "Fare integration study", ["Status"] = "Done" }), default);
    }

    private static async Task SeedLibraryAsync(TenantSession s, CopSiteSeed seed)
    {
        var documents = (await s.ListAsync(EntityKinds.List, seed.SiteId, default)).Single(l => l.Document["name"]!.ToString() == "Shared Documents");
        var scope = TenantSession.ChildScope(seed.SiteId, documents.Id);
        await s.InsertAsync(EntityKinds.DriveItem, scope, "root", new JsonObject { ["id"] = "root", ["name"] = "root", ["root"] = new JsonObject(), ["folder"] = new JsonObject() }, default);
        await s.InsertAsync(EntityKinds.DriveItem, scope, "01CHARTER", new JsonObject
        {
            ["id"] = "01CHARTER", ["name"] = "CoP charter.docx", ["size"] = 48_640, ["file"] = new JsonObject { ["mimeType"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
            ["listItemId"] = "1", ["lastModifiedBy"] = new JsonObject { ["user"] = new JsonObject { ["displayName"] = "Alice Moreno" } },
        }, default);
        await s.InsertAsync(EntityKinds.DriveItem, scope, "02MEETINGS", new JsonObject
        {
            ["id"] = "02MEETINGS", ["name"] = "Meetings", ["folder"] = new JsonObject { ["childCount"] = 2 }, ["listItemId"] = "2",
        }, default);
    }

    private static async Task SeedNavigationAsync(TenantSession s, CopSiteSeed seed)
    {
        var quickLaunch = TenantSession.ChildScope(seed.SiteId, "quicklaunch");
        (string Id, string Title, string Url, string? Parent)[] nodes =
        [
            ("2001", "Home", seed.SitePath, null),
            ("2002", "Initiatives", seed.SitePath + "/Lists/Initiatives", null),
            ("2003", "Documents", seed.SitePath + "/Shared Documents", null),
            ("2004", "Charter", "https://contoso.sharepoint.com" + seed.SitePath + "/SitePages/Charter.aspx", "2002"),
            ("2005", "Evil", "javascript:alert(1)", null),
            ("2006", "Site contents", seed.SitePath + "/_layouts/15/viewlsts.aspx", null),
        ];
        foreach (var (id, title, url, parent) in nodes)
        {
            await s.InsertAsync(EntityKinds.NavigationNode, quickLaunch, id, new JsonObject
            {
                ["Id"] = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), ["Title"] = title, ["Url"] = url, ["ParentId"] = parent is null ? null : int.Parse(parent, System.Globalization.CultureInfo.InvariantCulture),
                ["IsExternal"] = false, ["IsVisible"] = true,
            }, default);
        }

        await s.InsertAsync(EntityKinds.NavigationNode, TenantSession.ChildScope(seed.SiteId, "topnavigationbar"), "1002",
            new JsonObject { ["Id"] = 1002, ["Title"] = "CoP portal", ["Url"] = "/" }, default);
    }

    private static Task SeedPagesAsync(TenantSession s, CopSiteSeed seed) => CopPagesSeed.WriteAsync(s, seed);
}
