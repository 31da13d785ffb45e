using CopSites.Domain;

namespace CopSites.Provisioning.Charters;

/// <summary>
/// A CoP's charter: the answers to the guide's "getting started" questions (§4) that provisioning turns into a
/// workspace. Build one with <see cref="CharterReader"/>, which enforces the rules in docs/charter.md; the
/// record itself only holds values.
/// </summary>
public sealed record Charter
{
    /// <summary>Display name of the CoP, its group and its site.</summary>
    public required string Name { get; init; }

    /// <summary>Mail nickname and URL segment.</summary>
    public required MailAlias Alias { get; init; }

    /// <summary>The shared challenge that brings members together (guide §2 "domain").</summary>
    public required string Domain { get; init; }

    /// <summary>Why the CoP exists and what it wants to change.</summary>
    public required string Purpose { get; init; }

    /// <summary>What the CoP expects to achieve; at least one.</summary>
    public required IReadOnlyList<string> ExpectedResults { get; init; }

    /// <summary>The §3.7 indicators the CoP chose to reflect on; at least one.</summary>
    public required IReadOnlyList<Indicator> Indicators { get; init; }

    /// <summary>Who may join.</summary>
    public required ParticipationModel Participation { get; init; }

    /// <summary>Staff only, or staff and partners.</summary>
    public required Composition Composition { get; init; }

    /// <summary>Leads: group owners; at least one.</summary>
    public required IReadOnlyList<UserPrincipalName> Leads { get; init; }

    /// <summary>Moderators; never also leads.</summary>
    public IReadOnlyList<UserPrincipalName> Moderators { get; init; } = [];

    /// <summary>The core group (steering circle); may include leads and moderators.</summary>
    public IReadOnlyList<UserPrincipalName> CoreGroup { get; init; } = [];

    /// <summary>Multipliers already known when the CoP starts (the indicator job detects more later).</summary>
    public IReadOnlyList<UserPrincipalName> Multipliers { get; init; } = [];

    /// <summary>Initial members besides the people above (listing those again is allowed and harmless).</summary>
    public IReadOnlyList<UserPrincipalName> Members { get; init; } = [];

    /// <summary>The engagement rhythm.</summary>
    public required Cadence Cadence { get; init; }

    /// <summary>The working language, which sets the site language.</summary>
    public required CharterLanguage Language { get; init; }

    /// <summary>Extra joining instructions shown after the text derived from <see cref="Participation"/>.</summary>
    public string? HowToJoin { get; init; }

    /// <summary>The life-cycle stage the CoP starts in; <see cref="LifeCycleStage.Initiation"/> unless stated.</summary>
    public LifeCycleStage Stage { get; init; } = LifeCycleStage.Initiation;

    /// <summary>Knowledge products the CoP expects to produce; may be empty.</summary>
    public IReadOnlyList<KnowledgeProductType> KnowledgeProducts { get; init; } = [];

    /// <summary>Whether the Usage page's recognition names people (<c>spotlights: named</c>, the default) or not.</summary>
    public SpotlightMode Spotlights { get; init; } = SpotlightMode.Named;

    /// <summary>Group visibility and join policy, derived from <see cref="Participation"/>.</summary>
    public GroupPolicy GroupPolicy => GroupPolicy.For(Participation);

    /// <summary>Guest and external sharing settings, derived from <see cref="Composition"/>.</summary>
    public GuestSharingPolicy GuestSharing => GuestSharingPolicy.For(Composition);

    /// <summary>The group owners: the leads.</summary>
    public IReadOnlyList<UserPrincipalName> Owners => Leads;

    /// <summary>
    /// Everyone named in the charter, once each, with their strongest role; ordered by role, then by order of
    /// appearance. All of them become group members; leads also become owners.
    /// </summary>
    public IReadOnlyList<CharterMember> Roster =>
        new[]
            {
                (People: Leads, Role: CopRole.Lead),
                (People: Moderators, Role: CopRole.Moderator),
                (People: CoreGroup, Role: CopRole.CoreGroup),
                (People: Multipliers, Role: CopRole.Multiplier),
                (People: Members, Role: CopRole.Member),
            }
            .SelectMany(group => group.People.Select(upn => new CharterMember(upn, group.Role)))
            .DistinctBy(member => member.Upn)
            .ToList();

    /// <summary>
    /// The values for the <c>{parameter:…}</c> tokens of provisioning-templates/cop-workspace.xml, keyed by the
    /// names in <see cref="TemplateParameterNames"/>. Values ending in <c>Html</c> are HTML-encoded fragments safe
    /// to drop into a text web part; the others are plain text for titles and attributes.
    /// </summary>
    public IReadOnlyDictionary<string, string> ToTemplateParameters() => CharterTemplateParameters.From(this);
}
