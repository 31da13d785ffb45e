using CopSites.Domain;
using CopSites.Indicators.Activity;

namespace CopSites.Indicators.Tests.Metrics;

/// <summary>A small CoP written by hand for the metric tests: every figure the tests expect can be counted on paper.</summary>
internal sealed class Community
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public List<Person> People { get; } = [];

    public List<Membership> Memberships { get; } = [];

    public List<CommunityEvent> Events { get; } = [];

    public List<ForumPost> Posts { get; } = [];

    public List<KnowledgeProduct> Products { get; } = [];

    public List<ProductActivity> Uses { get; } = [];

    public List<PulseResponse> Pulse { get; } = [];

    public List<Story> Stories { get; } = [];

    public static DateTimeOffset Day(int month, int day, int hour = 9) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    public Community Member(string id, string? unit, string? country, DateTimeOffset joined, DateTimeOffset? left = null, bool lead = false, string? name = null)
    {
        People.Add(new Person(id, name ?? id.ToUpperInvariant(), unit, country, id + "@contoso.local"));
        Memberships.Add(new Membership(id, joined, left, lead));
        return this;
    }

    public Community Event(string id, DateTimeOffset at, EventFormat? format, string[] hosts, string[] presenters, string[] attendees)
    {
        Events.Add(new CommunityEvent(id, "Session " + id, format, at, hosts, presenters, attendees));
        return this;
    }

    public Community Topic(string id, string author, DateTimeOffset at, bool question = false)
    {
        Posts.Add(new ForumPost(id, author, at, id, null, null, question, false));
        return this;
    }

    public Community Reply(string id, string topic, string author, string repliedToAuthor, DateTimeOffset at, bool answer = false)
    {
        Posts.Add(new ForumPost(id, author, at, topic, topic, repliedToAuthor, false, answer));
        return this;
    }

    public Community Product(string id, string author, DateTimeOffset at, string title = "Checklist", params string[] coAuthors)
    {
        Products.Add(new KnowledgeProduct(id, title, author, coAuthors, KnowledgeProductType.All[0], ["topic"], at, null));
        return this;
    }

    public Community Use(string product, string actor, DateTimeOffset at, ProductAction action = ProductAction.View)
    {
        Uses.Add(new ProductActivity(product, actor, action, at));
        return this;
    }

    public CommunityActivity AsOf(DateTimeOffset asOf) => new(
        new CommunitySite("test-cop", "Test CoP", new Uri("http://127.0.0.1/sites/test-cop")), asOf,
        People.ToDictionary(p => p.Id), Memberships, Events, Posts, Products, Uses, Pulse, Stories);
}
