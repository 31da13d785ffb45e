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
        var site = json["site"] ?? throw new FormatException("no 'site'");
        var people = Items(json, "people").Select(p => new Person(R(p, "id"), S(p, "name") ?? R(p, "id"), S(p, "unit"), S(p, "country"), S(p, "upn")))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        return new CommunityActivity(
            new CommunitySite(R(site, "alias"), R(site, "name"), new Uri(R(site, "url"))),
            RD(json, "asOf"),
            people,
            Items(json, "memberships").Select(m => new Membership(R(m, "person"), RD(m, "joined"), D(m, "left"), B(m, "lead"))).ToList(),
            Items(json, "events").Select(e => new CommunityEvent(R(e, "id"), S(e, "title") ?? "", S(e, "format") is { } f && EventFormat.TryFromKey(f, out var format) ? format : null,
                RD(e, "start"), L(e, "hosts"), L(e, "presenters"), L(e, "attendees"))).ToList(),
            Items(json, "posts").Select(p => new ForumPost(R(p, "id"), R(p, "author"), RD(p, "created"), R(p, "topic"), S(p, "repliedTo"), S(p, "repliedToAuthor"),
                B(p, "question"), B(p, "answer"), Enum.TryParse<PostChannel>(S(p, "channel"), out var channel) ? channel : PostChannel.Forum)).ToList(),
            Items(json, "products").Select(p => new KnowledgeProduct(R(p, "id"), S(p, "title") ?? "", R(p, "author"), L(p, "coAuthors"),
                S(p, "type") is { } t && KnowledgeProductType.TryFromKey(t, out var type) ? type : null, L(p, "topics"), RD(p, "created"),
                Uri.TryCreate(S(p, "url"), UriKind.Absolute, out var url) ? url : null)).ToList(),
            Items(json, "uses").Select(u => new ProductActivity(R(u, "product"), R(u, "actor"), Enum.TryParse<ProductAction>(S(u, "action"), out var action) ? action : ProductAction.View, RD(u, "at"))).ToList(),
            Items(json, "pulse").Select(r => new PulseResponse(R(r, "id"), S(r, "respondent"), RD(r, "at"), I(r, "relevance"), I(r, "usefulness"), I(r, "connection"), I(r, "impact"))).ToList(),
            Items(json, "stories").Select(s => S(s, "kind") is { } k && StoryKind.TryFromKey(k, out var kind)
                ? new Story(R(s, "id"), S(s, "title") ?? "", kind, S(s, "unit"), RD(s, "date"), Uri.TryCreate(S(s, "link"), UriKind.Absolute, out var link) ? link : null, L(s, "products"))
                : null).OfType<Story>().ToList());
    }

    private static string Date(DateTimeOffset d) => d.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonObject> write) => new(items.Select(i => (JsonNode)write(i)).ToArray());

    private static IEnumerable<JsonNode> Items(JsonObject json, string name) => json[name] as JsonArray is { } a ? a.OfType<JsonNode>() : [];

    private static string? S(JsonNode node, string name) => node[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string R(JsonNode node, string name) => S(node, name) ?? throw new FormatException($"a record has no '{name}'");

    private static DateTimeOffset RD(JsonNode node, string name) => D(node, name) ?? throw new FormatException($"a record has no date '{name}'");

    private static bool B(JsonNode node, string name) => node[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static int? I(JsonNode node, string name) => node[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    private static DateTimeOffset? D(JsonNode node, string name) =>
        S(node, name) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    private static IReadOnlyList<string> L(JsonNode node, string name) => node[name] is JsonArray a ? a.Select(v => v?.ToString()).OfType<string>().ToList() : [];
}
