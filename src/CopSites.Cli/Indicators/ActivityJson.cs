using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.Domain;
using CopSites.Indicators.Activity;

namespace CopSites.Cli.Indicators;

/// <summary>The stored form of a CoP's activity history: plain JSON, vocabulary terms by key, dates in ISO 8601 UTC.</summary>
internal static class ActivityJson
{
    public static JsonObject Write(CommunityActivity a) => new()
    {
        ["version"] = 1,
        ["site"] = new JsonObject { ["alias"] = a.Site.Alias, ["name"] = a.Site.DisplayName, ["url"] = a.Site.SiteUrl.ToString() },
        ["asOf"] = Date(a.AsOf),
        ["people"] = Array(a.People.Values, p => new JsonObject { ["id"] = p.Id, ["name"] = p.DisplayName, ["unit"] = p.Unit, ["country"] = p.Country, ["upn"] = p.UserPrincipalName }),
        ["memberships"] = Array(a.Memberships, m => new JsonObject { ["person"] = m.PersonId, ["joined"] = Date(m.Joined), ["left"] = m.Left is { } l ? Date(l) : null, ["lead"] = m.IsLead }),
        ["events"] = Array(a.Events, e => new JsonObject
        {
            ["id"] = e.Id, ["title"] = e.Title, ["format"] = e.Format?.Key, ["start"] = Date(e.Start),
            ["hosts"] = Strings(e.Hosts), ["presenters"] = Strings(e.Presenters), ["attendees"] = Strings(e.Attendees),
        }),
        ["posts"] = Array(a.Posts, p => new JsonObject
        {
            ["id"] = p.Id, ["author"] = p.AuthorId, ["created"] = Date(p.Created), ["topic"] = p.TopicId, ["repliedTo"] = p.RepliedToId,
            ["repliedToAuthor"] = p.RepliedToAuthorId, ["question"] = p.IsQuestion, ["answer"] = p.IsAnswer, ["channel"] = p.Channel.ToString(),
        }),
        ["products"] = Array(a.Products, p => new JsonObject
        {
            ["id"] = p.Id, ["title"] = p.Title, ["author"] = p.AuthorId, ["coAuthors"] = Strings(p.CoAuthorIds), ["type"] = p.Type?.Key,
            ["topics"] = Strings(p.Topics), ["created"] = Date(p.Created), ["url"] = p.WebUrl?.ToString(),
        }),
        ["uses"] = Array(a.ProductActivities, u => new JsonObject { ["product"] = u.ProductId, ["actor"] = u.ActorId, ["action"] = u.Action.ToString(), ["at"] = Date(u.At) }),
        ["pulse"] = Array(a.PulseResponses, r => new JsonObject
        {
            ["id"] = r.Id, ["respondent"] = r.RespondentId, ["at"] = Date(r.At), ["relevance"] = r.Relevance, ["usefulness"] = r.Usefulness,
            ["connection"] = r.Connection, ["impact"] = r.PerceivedImpact,
        }),
        ["stories"] = Array(a.Stories, s => new JsonObject
        {
            ["id"] = s.Id, ["title"] = s.Title, ["kind"] = s.Kind.Key, ["unit"] = s.Unit, ["date"] = Date(s.Date), ["link"] = s.Link?.ToString(), ["products"] = Strings(s.ProductIds),
        }),
    };

    public static CommunityActivity Read(JsonObject json)
    {
        var site = json["site"]!;
        var people = Items(json, "people").Select(p => new Person(S(p, "id")!, S(p, "name") ?? S(p, "id")!, S(p, "unit"), S(p, "country"), S(p, "upn")))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        return new CommunityActivity(
            new CommunitySite(S(site, "alias")!, S(site, "name")!, new Uri(S(site, "url")!)),
            D(json, "asOf")!.Value,
            people,
            Items(json, "memberships").Select(m => new Membership(S(m, "person")!, D(m, "joined")!.Value, D(m, "left"), B(m, "lead"))).ToList(),
            Items(json, "events").Select(e => new CommunityEvent(S(e, "id")!, S(e, "title") ?? "", S(e, "format") is { } f && EventFormat.TryFromKey(f, out var format) ? format : null,
                D(e, "start")!.Value, L(e, "hosts"), L(e, "presenters"), L(e, "attendees"))).ToList(),
            Items(json, "posts").Select(p => new ForumPost(S(p, "id")!, S(p, "author")!, D(p, "created")!.Value, S(p, "topic")!, S(p, "repliedTo"), S(p, "repliedToAuthor"),
                B(p, "question"), B(p, "answer"), Enum.TryParse<PostChannel>(S(p, "channel"), out var channel) ? channel : PostChannel.Forum)).ToList(),
            Items(json, "products").Select(p => new KnowledgeProduct(S(p, "id")!, S(p, "title") ?? "", S(p, "author")!, L(p, "coAuthors"),
                S(p, "type") is { } t && KnowledgeProductType.TryFromKey(t, out var type) ? type : null, L(p, "topics"), D(p, "created")!.Value,
                Uri.TryCreate(S(p, "url"), UriKind.Absolute, out var url) ? url : null)).ToList(),
            Items(json, "uses").Select(u => new ProductActivity(S(u, "product")!, S(u, "actor")!, Enum.TryParse<ProductAction>(S(u, "action"), out var action) ? action : ProductAction.View, D(u, "at")!.Value)).ToList(),
            Items(json, "pulse").Select(r => new PulseResponse(S(r, "id")!, S(r, "respondent"), D(r, "at")!.Value, I(r, "relevance"), I(r, "usefulness"), I(r, "connection"), I(r, "impact"))).ToList(),
            Items(json, "stories").Select(s => S(s, "kind") is { } k && StoryKind.TryFromKey(k, out var kind)
                ? new Story(S(s, "id")!, S(s, "title") ?? "", kind, S(s, "unit"), D(s, "date")!.Value, Uri.TryCreate(S(s, "link"), UriKind.Absolute, out var link) ? link : null, L(s, "products"))
                : null).OfType<Story>().ToList());
    }

    private static string Date(DateTimeOffset d) => d.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonObject> write) => new(items.Select(i => (JsonNode)write(i)).ToArray());

    private static IEnumerable<JsonNode> Items(JsonObject json, string name) => json[name] as JsonArray is { } a ? a.OfType<JsonNode>() : [];

    private static string? S(JsonNode node, string name) => node[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool B(JsonNode node, string name) => node[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static int? I(JsonNode node, string name) => node[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    private static DateTimeOffset? D(JsonNode node, string name) =>
        S(node, name) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    private static IReadOnlyList<string> L(JsonNode node, string name) => node[name] is JsonArray a ? a.Select(v => v?.ToString()).OfType<string>().ToList() : [];
}
