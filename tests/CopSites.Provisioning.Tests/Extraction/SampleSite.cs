using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Tests.Extraction;

/// <summary>
/// A small site in the shapes a tenant returns (Graph columnDefinitions with their defaults filled in, REST views and
/// navigation nodes, sitePages with canvasLayout): what the gateway's reader hands the extractor. It holds one of
/// everything extraction copies, and some of what it must leave out.
/// </summary>
internal static class SampleSite
{
    public const string EventsId = "11111111-0000-0000-0000-000000000001";
    public const string LessonsId = "11111111-0000-0000-0000-000000000002";
    public const string TopicsSetId = "22222222-0000-0000-0000-000000000001";
    public const string KnowledgeProductId = "0x0100AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    public const string QuickLinksId = "c70391ea-0b10-4ee9-b2b4-006d3fcad0cd";

    public static readonly SiteFacts Facts = new(
        "contoso.sharepoint.com,33333333-3333-3333-3333-333333333333,44444444-4444-4444-4444-444444444444",
        new Uri("https://contoso.sharepoint.com/sites/cop"), null, "CoP");

    public static SiteState State() => SiteState.Empty(Facts).With(Resources());

    private static IEnumerable<ActualResource> Resources()
    {
        yield return R(ResourceKind.WebSettings, "web", "web", new JsonObject { ["Title"] = "CoP", ["Description"] = "About the CoP", ["SiteLogoUrl"] = null });

        yield return R(ResourceKind.SiteColumn, "Title", "fa564e0f-0c70-4ab9-b863-0177e6ddd247",
            Column("Title", "Title", new JsonObject { ["text"] = Text(255) }, group: "Base Columns", required: true, builtIn: true));
        foreach (var column in SiteColumnsOfTheSite())
        {
            yield return column;
        }

        yield return R(ResourceKind.ContentType, "Item", "0x01", new JsonObject { ["id"] = "0x01", ["name"] = "Item", ["group"] = "List Content Types", ["isBuiltIn"] = true });
        yield return ContentType("Knowledge product", KnowledgeProductId, "Title", "CopStatus", "CopTopics");
        yield return ContentType("Lesson product", KnowledgeProductId + "01", "Title", "CopStatus", "CopTopics", "CopScore");
        foreach (var link in ContentTypeLinks("Knowledge product", "Title", "CopStatus", "CopTopics").Concat(ContentTypeLinks("Lesson product", "Title", "CopStatus", "CopTopics", "CopScore")))
        {
            yield return link;
        }

        yield return List("Events", EventsId, "events", "Lists/Events", "Sessions and their follow-up");
        yield return ListColumn("Events", "Title", Column("Title", "Session", new JsonObject { ["text"] = Text(255) }, group: "Base Columns", required: true, builtIn: true));
        yield return ListColumn("Events", "Created", Column("Created", "Created", new JsonObject { ["dateTime"] = new JsonObject { ["format"] = "dateTime" } }, group: "Base Columns", builtIn: true, readOnly: true));
        yield return ListColumn("Events", "LinkTitle", Column("LinkTitle", "Title", new JsonObject { ["text"] = Text(255) }, group: "Base Columns", builtIn: true, readOnly: true));
        yield return ListColumn("Events", "CopStatus", Copy("CopStatus", displayName: "State"));
        yield return ListColumn("Events", "CopLesson", Column("CopLesson", "Lesson", new JsonObject
        {
            ["lookup"] = new JsonObject { ["allowMultipleValues"] = false, ["allowUnlimitedLength"] = false, ["columnName"] = "Title", ["listId"] = LessonsId },
        }, group: "Custom Columns"));
        yield return View("Events", "All Items", "", false, "LinkTitle");
        yield return View("Events", "Upcoming", "<OrderBy><FieldRef Name=\"EventDate\" Ascending=\"TRUE\" /></OrderBy>", true, "LinkTitle", "EventDate", "CopStatus");

        yield return List("Lessons", LessonsId, "genericList", "Lists/Lessons", "");
        yield return ListColumn("Lessons", "Title", Column("Title", "Title", new JsonObject { ["text"] = Text(255) }, group: "Base Columns", required: true, builtIn: true));

        yield return List("Toolkit", "11111111-0000-0000-0000-000000000003", "documentLibrary", "Toolkit", "Knowledge products", contentTypesEnabled: true);
        yield return ListColumn("Toolkit", "Title", Column("Title", "Title", new JsonObject { ["text"] = Text(255) }, group: "Base Columns", builtIn: true));
        yield return ListColumn("Toolkit", "CopStatus", Copy("CopStatus"));
        yield return ListColumn("Toolkit", "CopTopics", Copy("CopTopics"));
        yield return R(ResourceKind.ListContentType, "Toolkit/Knowledge product", "0x0100AA01", new JsonObject { ["name"] = "Knowledge product" });
        yield return R(ResourceKind.ListContentType, "Toolkit/Document", "0x0101", new JsonObject { ["name"] = "Document" });
        yield return View("Toolkit", "All Documents", "", true, "DocIcon", "LinkFilename");

        yield return List("Documents", "11111111-0000-0000-0000-000000000004", "documentLibrary", "Shared Documents", "");
        yield return ListColumn("Documents", "Title", Column("Title", "Title", new JsonObject { ["text"] = Text(255) }, group: "Base Columns", builtIn: true));
        yield return List("Workflow history", "11111111-0000-0000-0000-000000000005", "genericList", "Lists/WorkflowHistory", "", hidden: true);

        yield return R(ResourceKind.TermGroup, "CoP terms", "55555555-0000-0000-0000-000000000001",
            new JsonObject { ["displayName"] = "CoP terms", ["description"] = "Shared terms", ["scope"] = "global" });
        yield return TermSet("Topics", TopicsSetId, "Topics to tag with");
        yield return TermSet("Unused", "22222222-0000-0000-0000-000000000002", "");
        yield return Term("CoP terms/Topics/Water", "66666666-0000-0000-0000-000000000001");
        yield return Term("CoP terms/Topics/Water/Sanitation", "66666666-0000-0000-0000-000000000002");
        yield return Term("CoP terms/Topics/Transport", "66666666-0000-0000-0000-000000000003");
        yield return Term("CoP terms/Unused/Nothing", "66666666-0000-0000-0000-000000000004");

        yield return R(ResourceKind.Page, "Home.aspx", "77777777-0000-0000-0000-000000000001", HomePage());
        yield return R(ResourceKind.Page, "Space.aspx", "77777777-0000-0000-0000-000000000002",
            new JsonObject { ["name"] = "Space.aspx", ["title"] = "A space", ["pageLayout"] = "spaces" });

        yield return Node("QuickLaunch/Home", "2001", "Home", "/sites/cop");
        yield return Node("QuickLaunch/Events", "2007", "Events", "/sites/cop/Lists/Events");
        yield return Node("QuickLaunch/Events/Upcoming", "2010", "Upcoming", "/sites/cop/Lists/Events/Upcoming.aspx");
        yield return Node("QuickLaunch/Partner", "2008", "Partner", "https://partner.example.org/cop", external: true);
        yield return Node("QuickLaunch/Neighbour", "2009", "Neighbour", "/sites/cop-two/Lists/Events");
        yield return Node("TopNavigationBar/Intranet", "2011", "Intranet", "/sites/intranet");
    }

    private static IEnumerable<ActualResource> SiteColumnsOfTheSite()
    {
        yield return SiteColumn("CopStatus", "Status", new JsonObject
        {
            ["choice"] = new JsonObject { ["allowTextEntry"] = false, ["choices"] = new JsonArray("Draft", "Published"), ["displayAs"] = "dropDownMenu" },
            ["defaultValue"] = new JsonObject { ["value"] = "Draft" },
        }, required: true);
        yield return SiteColumn("CopCountries", "Countries", new JsonObject
        {
            ["choice"] = new JsonObject { ["allowTextEntry"] = false, ["choices"] = new JsonArray("Chile", "Peru"), ["displayAs"] = "checkBoxes" },
        });
        yield return SiteColumn("CopTopics", "Topics", new JsonObject
        {
            ["term"] = new JsonObject { ["allowMultipleValues"] = true, ["showFullyQualifiedName"] = false, ["termSet"] = new JsonObject { ["id"] = TopicsSetId } },
        });
        yield return SiteColumn("CopScore", "Score", new JsonObject
        {
            ["number"] = new JsonObject { ["decimalPlaces"] = "none", ["displayAs"] = "number", ["minimum"] = 1, ["maximum"] = 5 },
        }, description: "1 to 5");
        yield return SiteColumn("CopCode", "Code", new JsonObject { ["text"] = Text(64) }, indexed: true);
        yield return SiteColumn("CopBody", "Body", new JsonObject
        {
            ["text"] = new JsonObject { ["allowMultipleLines"] = true, ["appendChangesToExistingText"] = false, ["linesForEditing"] = 10, ["maxLength"] = null, ["textType"] = "richText" },
        });
        yield return SiteColumn("CopPeople", "People", new JsonObject
        {
            ["personOrGroup"] = new JsonObject { ["allowMultipleSelection"] = true, ["chooseFromType"] = "peopleOnly", ["displayAs"] = "account" },
        });
        yield return SiteColumn("CopDue", "Due", new JsonObject { ["dateTime"] = new JsonObject { ["displayAs"] = "default", ["format"] = "dateOnly" } });
        yield return SiteColumn("CopDone", "Done", new JsonObject { ["boolean"] = new JsonObject() });
        yield return SiteColumn("CopPicture", "Picture", new JsonObject { ["hyperlinkOrPicture"] = new JsonObject { ["isPicture"] = true } });
        yield return SiteColumn("CopBudget", "Budget", new JsonObject { ["currency"] = new JsonObject { ["locale"] = "en-us" } });
        yield return SiteColumn("CopDouble", "Double score", new JsonObject
        {
            ["calculated"] = new JsonObject { ["format"] = null, ["formula"] = "=[CopScore]*2", ["outputType"] = "number" },
        });
        yield return SiteColumn("CopWhere", "Where", new JsonObject { ["geolocation"] = new JsonObject() });
    }

    private static JsonObject HomePage() => new()
    {
        ["name"] = "Home.aspx",
        ["title"] = "Welcome",
        ["pageLayout"] = "home",
        ["promotionKind"] = "page",
        ["showComments"] = false,
        ["publishingState"] = new JsonObject { ["level"] = "published", ["versionId"] = "2.0" },
        ["canvasLayout"] = new JsonObject
        {
            ["horizontalSections"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "1",
                    ["layout"] = "oneThirdRightColumn",
                    ["emphasis"] = "soft",
                    ["columns"] = new JsonArray(
                        new JsonObject
                        {
                            ["id"] = "1",
                            ["width"] = 8,
                            ["webparts"] = new JsonArray(new JsonObject
                            {
                                ["@odata.type"] = "#microsoft.graph.textWebPart",
                                ["id"] = "88888888-0000-0000-0000-000000000001",
                                ["innerHtml"] = "<p>See the <a href=\"/sites/cop/Lists/Events\">events</a> and <a href=\"/sites/cop-two\">our neighbours</a>.</p>",
                            }),
                        },
                        new JsonObject
                        {
                            ["id"] = "2",
                            ["width"] = 4,
                            ["webparts"] = new JsonArray(new JsonObject
                            {
                                ["@odata.type"] = "#microsoft.graph.standardWebPart",
                                ["id"] = "88888888-0000-0000-0000-000000000002",
                                ["webPartType"] = QuickLinksId,
                                ["data"] = new JsonObject
                                {
                                    ["dataVersion"] = "2.2",
                                    ["title"] = "Quick links",
                                    ["description"] = "Our workspace",
                                    ["properties"] = new JsonObject { ["layoutId"] = "Grid", ["listId"] = EventsId, ["items"] = new JsonArray(new JsonObject { ["id"] = 1 }) },
                                    ["serverProcessedContent"] = new JsonObject
                                    {
                                        ["htmlStrings"] = new JsonArray(),
                                        ["searchablePlainTexts"] = new JsonArray(new JsonObject { ["key"] = "title", ["value"] = "Links {typed}" }),
                                        ["imageSources"] = new JsonArray(),
                                        ["links"] = new JsonArray(
                                            new JsonObject { ["key"] = "baseUrl", ["value"] = "/sites/cop" },
                                            new JsonObject { ["key"] = "items[0].sourceItem.url", ["value"] = "/sites/cop/Lists/Events" }),
                                    },
                                },
                            }),
                        }),
                },
                new JsonObject
                {
                    ["id"] = "2",
                    ["layout"] = "threeColumns",
                    ["emphasis"] = "none",
                    ["columns"] = new JsonArray(
                        new JsonObject { ["id"] = "1", ["width"] = 4, ["webparts"] = new JsonArray() },
                        new JsonObject
                        {
                            ["id"] = "2",
                            ["width"] = 4,
                            ["webparts"] = new JsonArray(new JsonObject
                            {
                                ["@odata.type"] = "#microsoft.graph.textWebPart",
                                ["id"] = "88888888-0000-0000-0000-000000000003",
                                ["innerHtml"] = "<p>Middle</p>",
                            }),
                        },
                        new JsonObject { ["id"] = "3", ["width"] = 4, ["webparts"] = new JsonArray() }),
                }),
        },
    };

    private static JsonObject Text(int maxLength) => new()
    {
        ["allowMultipleLines"] = false, ["appendChangesToExistingText"] = false, ["linesForEditing"] = 0, ["maxLength"] = maxLength, ["textType"] = "plain",
    };

    private static ActualResource SiteColumn(string name, string displayName, JsonObject facet, bool required = false, bool indexed = false, string description = "")
    {
        var column = Column(name, displayName, facet, "Community of Practice", required, indexed: indexed, description: description);
        return R(ResourceKind.SiteColumn, name, IdOf(name), column);
    }

    private static JsonObject Copy(string siteColumn, string? displayName = null)
    {
        var copy = (JsonObject)SiteColumnsOfTheSite().Single(c => c.Key.Path == siteColumn).Properties.DeepClone();
        copy["id"] = IdOf(siteColumn + " copy");
        if (displayName is not null)
        {
            copy["displayName"] = displayName;
        }

        return copy;
    }

    private static JsonObject Column(string name, string displayName, JsonObject facet, string group, bool required = false, bool builtIn = false,
        bool readOnly = false, bool indexed = false, string description = "")
    {
        var column = new JsonObject
        {
            ["id"] = IdOf(name),
            ["name"] = name,
            ["displayName"] = displayName,
            ["description"] = description,
            ["columnGroup"] = group,
            ["enforceUniqueValues"] = false,
            ["hidden"] = false,
            ["indexed"] = indexed,
            ["readOnly"] = readOnly,
            ["required"] = required,
            ["isDeletable"] = !builtIn,
        };
        foreach (var (key, value) in facet)
        {
            column[key] = value?.DeepClone();
        }

        return column;
    }

    private static string IdOf(string name) => Provisioning.Engine.Building.Pages.StableGuid.For("sample:" + name).ToString("D");

    private static ActualResource ContentType(string name, string id, params string[] _) =>
        R(ResourceKind.ContentType, name, id, new JsonObject { ["id"] = id, ["name"] = name, ["description"] = "", ["group"] = "Community of Practice", ["isBuiltIn"] = false });

    private static IEnumerable<ActualResource> ContentTypeLinks(string contentType, params string[] columns) =>
        columns.Select(c => R(ResourceKind.ContentTypeColumn, contentType + "/" + c, IdOf(c),
            new JsonObject { ["name"] = c, ["required"] = c is "Title" or "CopStatus", ["hidden"] = false }));

    private static ActualResource List(string title, string id, string template, string url, string description, bool contentTypesEnabled = false, bool hidden = false) =>
        R(ResourceKind.List, title, id, new JsonObject
        {
            ["id"] = id,
            ["displayName"] = title,
            ["description"] = description,
            ["webUrl"] = "https://contoso.sharepoint.com/sites/cop/" + url,
            ["list"] = new JsonObject { ["template"] = template, ["hidden"] = hidden, ["contentTypesEnabled"] = contentTypesEnabled },
        });

    private static ActualResource ListColumn(string list, string name, JsonObject column) =>
        R(ResourceKind.ListColumn, list + "/" + name, column["id"]!.GetValue<string>(), column);

    private static ActualResource View(string list, string title, string query, bool isDefault, params string[] fields) =>
        R(ResourceKind.ListView, list + "/" + title, Guid.NewGuid().ToString(), new JsonObject
        {
            ["Title"] = title,
            ["ViewQuery"] = query,
            ["RowLimit"] = 30,
            ["DefaultView"] = isDefault,
            ["ViewFields"] = new JsonArray(fields.Select(f => (JsonNode)JsonValue.Create(f)).ToArray()),
        });

    private static ActualResource TermSet(string name, string id, string description) =>
        R(ResourceKind.TermSet, "CoP terms/" + name, id, new JsonObject
        {
            ["id"] = id,
            ["localizedNames"] = new JsonArray(new JsonObject { ["name"] = name, ["languageTag"] = "en-US" }),
            ["description"] = description,
        });

    private static ActualResource Term(string path, string id) =>
        R(ResourceKind.Term, path, id, new JsonObject
        {
            ["id"] = id,
            ["labels"] = new JsonArray(new JsonObject { ["name"] = path[(path.LastIndexOf('/') + 1)..], ["languageTag"] = "en-US", ["isDefault"] = true }),
            ["descriptions"] = new JsonArray(),
        });

    private static ActualResource Node(string path, string id, string title, string url, bool external = false) =>
        R(ResourceKind.NavigationNode, path, id, new JsonObject { ["Title"] = title, ["Url"] = url, ["IsExternal"] = external });

    private static ActualResource R(ResourceKind kind, string path, string id, JsonObject properties) => new(new ResourceKey(kind, path), id, properties);
}
