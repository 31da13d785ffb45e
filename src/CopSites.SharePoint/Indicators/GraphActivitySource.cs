using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.Domain;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Ports;
using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Provisioning;
using CopSites.SharePoint.Provisioning.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CopSites.SharePoint.Indicators;

/// <summary>
/// Reads a CoP's activity from its site and group through Graph (list items in $batch pages, group members with their
/// department and country, item activities through <c>getActivitiesByInterval</c>) and SharePoint REST where Graph
/// has no call (what a person field's LookupId stands for: <c>web/getuserbyid</c>). Membership dates are not in Graph:
/// a member is "joined" at the first snapshot that sees them, and the history keeps the earliest (docs/indicators.md).
/// A list the CoP deleted is skipped with a warning, naming the site and list; a missing site fails the read.
/// </summary>
public sealed class GraphActivitySource : ICommunityActivitySource
{
    private readonly TenantGateway _tenant;
    private readonly GraphReads _reads;
    private readonly ILogger _logger;

    /// <summary>Reads through <paramref name="tenant"/>.</summary>
    public GraphActivitySource(TenantGateway tenant, ILogger<GraphActivitySource>? logger = null)
    {
        _tenant = tenant;
        _reads = new GraphReads(tenant.Batches, new GraphRequests(tenant.Connection.Target.GraphBaseUrl.ToString()));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public async Task<CommunityActivity> ReadAsync(CommunitySite site, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadSnapshotAsync(site, asOf, cancellationToken);
        }
        catch (Resilience.TenantRequestException e)
        {
            throw new CommunityReadException(site.SiteUrl.ToString(), "the site's activity", e.Message, e);
        }
    }

    private async Task<CommunityActivity> ReadSnapshotAsync(CommunitySite site, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var location = await CommunitySiteLocation.FindAsync(_reads, site, cancellationToken);
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        var memberships = await MembersAsync(site, asOf, people, cancellationToken);
        var users = new SiteUsers(_tenant.Rest, location.ServerRelativePath, people);
        var events = await ItemsAsync(site, location, "CopEvents", cancellationToken);
        var forum = await ItemsAsync(site, location, "CopForum", cancellationToken);
        var toolkit = await ItemsAsync(site, location, "Toolkit", cancellationToken);
        var pulse = await ItemsAsync(site, location, "CopPulseChecks", cancellationToken);
        var stories = await ItemsAsync(site, location, "CopStories", cancellationToken);

        var eventRecords = new List<CommunityEvent>();
        foreach (var item in events)
        {
            var f = CommunitySiteLocation.Fields(item);
            if (Date(f, "EventDate") is not { } start)
            {
                continue;
            }

            eventRecords.Add(new CommunityEvent(Json.Text(item, "id")!, Json.Text(f, "Title") ?? "", EventFormat.All.FirstOrDefault(e => e.Label == Json.Text(f, "CopEventFormat")),
                start, [await users.IdOfAuthorAsync(item, cancellationToken)], await users.IdsAsync(f, "CopPresenters", cancellationToken), await users.IdsAsync(f, "CopAttendees", cancellationToken)));
        }

        var posts = new List<ForumPost>();
        var forumById = forum.ToDictionary(i => Json.Text(i, "id")!, StringComparer.Ordinal);
        foreach (var item in forum)
        {
            var f = CommunitySiteLocation.Fields(item);
            var parent = Json.Text(f, "CopParentLookupId");
            var author = await users.IdOfAuthorAsync(item, cancellationToken);
            var repliedTo = parent is not null && forumById.TryGetValue(parent, out var topic) ? await users.IdOfAuthorAsync(topic, cancellationToken) : null;
            var category = Json.Text(f, "CopForumCategory");
            posts.Add(new ForumPost(Json.Text(item, "id")!, author, Date(item, "createdDateTime") ?? asOf, parent ?? Json.Text(item, "id")!, parent, repliedTo,
                parent is null && string.Equals(category, "Question", StringComparison.OrdinalIgnoreCase), Flag(f, "CopAnswered")));
        }

        var products = new List<KnowledgeProduct>();
        foreach (var item in toolkit)
        {
            var f = CommunitySiteLocation.Fields(item);
            var id = Json.Text(item, "id")!;
            products.Add(new KnowledgeProduct(id, Json.Text(f, "Title") ?? Json.Text(f, "FileLeafRef") ?? id, await users.IdOfAuthorAsync(item, cancellationToken), [],
                KnowledgeProductType.All.FirstOrDefault(t => t.Label == Json.Text(f, "CopProductType")), [], Date(item, "createdDateTime") ?? asOf,
                Uri.TryCreate(Json.Text(item, "webUrl"), UriKind.Absolute, out var web) ? web : null));
        }

        var uses = location.List("Toolkit") is { } toolkitList ? await ActivitiesAsync(location, toolkitList, products, asOf, users, cancellationToken) : [];
        var responses = pulse.Select(item =>
        {
            var f = CommunitySiteLocation.Fields(item);
            return new PulseResponse(Json.Text(item, "id")!, Json.Text(item["createdBy"]?["user"], "id"), Date(item, "createdDateTime") ?? asOf,
                Score(f, "CopRelevance"), Score(f, "CopUsefulness"), Score(f, "CopConnection"), Score(f, "CopPerceivedImpact"));
        }).ToList();
        var storyRecords = stories.Select(item =>
        {
            var f = CommunitySiteLocation.Fields(item);
            var kind = StoryKind.All.FirstOrDefault(k => k.Label == Json.Text(f, "CopStoryKind"));
            return kind is null ? null : new Story(Json.Text(item, "id")!, Json.Text(f, "Title") ?? "", kind, Json.Text(f, "CopUnit"), Date(f, "CopStoryDate") ?? Date(item, "createdDateTime") ?? asOf,
                Uri.TryCreate(Json.Text(f["CopStoryLink"], "Url") ?? Json.Text(f, "CopStoryLink"), UriKind.Absolute, out var link) ? link : null, []);
        }).OfType<Story>().ToList();

        return new CommunityActivity(site, asOf, people, memberships, eventRecords, posts, products, uses, responses, storyRecords);
    }

    private async Task<List<Membership>> MembersAsync(CommunitySite site, DateTimeOffset asOf, Dictionary<string, Person> people, CancellationToken ct)
    {
        var alias = site.Alias.Replace("'", "''", StringComparison.Ordinal);
        var groups = await _reads.GetAsync($"find group {site.Alias}", $"groups?$filter=mailNickname eq '{alias}'&$select=id", ct);
        var groupId = Json.Values(groups).Select(g => Json.Text(g, "id")).FirstOrDefault()
            ?? throw new CommunityReadException(site.SiteUrl.ToString(), $"group '{site.Alias}'", "the tenant has no group with this alias");
        var path = $"groups/{GraphRequests.Segment(groupId)}";
        var results = await _reads.GetAsync(
        [
            ($"read the members of {site.Alias}", $"{path}/members?$select=id,displayName,department,country,userPrincipalName"),
            ($"read the owners of {site.Alias}", $"{path}/owners?$select=id"),
        ], ct);
        var owners = Json.Values(results[1]).Select(o => Json.Text(o, "id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var memberships = new List<Membership>();
        foreach (var member in Json.Values(results[0]))
        {
            var id = Json.Text(member, "id")!;
            people[id] = new Person(id, Json.Text(member, "displayName") ?? id, Json.Text(member, "department"), Json.Text(member, "country"), Json.Text(member, "userPrincipalName"));
            memberships.Add(new Membership(id, asOf, null, owners.Contains(id)));
        }

        return memberships;
    }

    private async Task<IReadOnlyList<JsonObject>> ItemsAsync(CommunitySite site, CommunitySiteLocation location, string listUrl, CancellationToken ct)
    {
        if (location.List(listUrl) is not { } listId)
        {
            _logger.LogWarning("{Site}: list {List} is missing (deleted?); its indicators are left out of this run.", site.SiteUrl, listUrl);
            return [];
        }

        var page = await _reads.GetAsync($"read {listUrl} of {site.SiteUrl}", $"{location.GraphPath}/lists/{GraphRequests.Segment(listId)}/items?$expand=fields&$top=500", ct);
        return Json.Values(page).ToList();
    }

    // Every product's activities in as few $batch requests as the gateway allows, not one request per product.
    private async Task<List<ProductActivity>> ActivitiesAsync(CommunitySiteLocation location, string listId, IReadOnlyList<KnowledgeProduct> products,
        DateTimeOffset to, SiteUsers users, CancellationToken ct)
    {
        var gets = products.Select(p =>
        {
            // Microsoft 365 keeps item activities about 90 days: each run reads the window it can, the history keeps the rest.
            var start = (to - p.Created).TotalDays > 90 ? to.AddDays(-90) : p.Created;
            var interval = $"getActivitiesByInterval(startDateTime='{start.UtcDateTime:yyyy-MM-dd}',endDateTime='{to.UtcDateTime.AddDays(1):yyyy-MM-dd}',interval='day')";
            return ($"read the activity of toolkit item {p.Id}",
                $"{location.GraphPath}/lists/{GraphRequests.Segment(listId)}/items/{GraphRequests.Segment(p.Id)}/{interval}?$expand=activities");
        }).ToList();
        var stats = await _reads.GetAsync(gets, ct);
        var result = new List<ProductActivity>();
        for (var i = 0; i < products.Count; i++)
        {
            foreach (var activity in Json.Values(stats[i]).SelectMany(stat => Json.Values(stat["activities"])))
            {
                var actor = Json.Text(activity["actor"]?["user"], "id") ?? await users.IdOfEmailAsync(Json.Text(activity["actor"]?["user"], "email"), ct);
                if (actor is not null && Date(activity, "activityDateTime") is { } at)
                {
                    result.Add(new ProductActivity(products[i].Id, actor, activity["access"] is not null ? ProductAction.View : ProductAction.Edit, at));
                }
            }
        }

        return result;
    }

    private static DateTimeOffset? Date(JsonNode? node, string property) =>
        Json.Text(node, property) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private static bool Flag(JsonObject fields, string property) => fields[property] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static int? Score(JsonObject fields, string property) =>
        fields[property] is JsonValue v && v.TryGetValue<double>(out var d) ? (int)Math.Round(d) : null;
}
