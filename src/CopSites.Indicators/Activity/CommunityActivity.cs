namespace CopSites.Indicators.Activity;

/// <summary>
/// Everything the indicator job knows of one CoP's life up to <see cref="AsOf"/>: one snapshot read from the tenant,
/// merged with the snapshots earlier runs stored (item activities and usage reports reach back only ~90 days,
/// so the whole life is kept by the job, not by Microsoft 365).
/// </summary>
/// <param name="Site">The CoP.</param>
/// <param name="AsOf">The moment the newest snapshot was read.</param>
/// <param name="People">Everyone referred to by the other collections, keyed by <see cref="Person.Id"/>.</param>
/// <param name="Memberships">Every stretch of membership, past and present.</param>
/// <param name="Events">The event pipeline.</param>
/// <param name="Posts">Forum topics and replies, and Teams channel messages.</param>
/// <param name="Products">Knowledge products.</param>
/// <param name="ProductActivities">Views and edits of knowledge products.</param>
/// <param name="PulseResponses">Pulse-check answers.</param>
/// <param name="Stories">Testimonials, success stories, improved practice, strategic alignment.</param>
public sealed record CommunityActivity(
    CommunitySite Site,
    DateTimeOffset AsOf,
    IReadOnlyDictionary<string, Person> People,
    IReadOnlyList<Membership> Memberships,
    IReadOnlyList<CommunityEvent> Events,
    IReadOnlyList<ForumPost> Posts,
    IReadOnlyList<KnowledgeProduct> Products,
    IReadOnlyList<ProductActivity> ProductActivities,
    IReadOnlyList<PulseResponse> PulseResponses,
    IReadOnlyList<Story> Stories);
