using System.Diagnostics.CodeAnalysis;

namespace CopSites.Domain;

/// <summary>
/// An interaction format a CoP can run (guide §3.3), grouped by the <see cref="EventPurpose"/> it serves.
/// Stored in the <c>CopEventFormat</c> choice column of the Events list.
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class EventFormat : IVocabularyTerm
{
    private EventFormat(string key, string label, EventPurpose purpose, string description)
    {
        Key = key;
        Label = label;
        Purpose = purpose;
        Description = description;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>The purpose group the guide places this format in.</summary>
    public EventPurpose Purpose { get; }

    /// <summary>What the format is for, in the guide's words.</summary>
    public string Description { get; }

    /// <summary>Flash talks / lightning rounds: quick hits of inspiration.</summary>
    public static EventFormat FlashTalk { get; } =
        new("flash-talk", "Flash talk / lightning round", EventPurpose.ActivateAndShare, "Quick hits of inspiration.");

    /// <summary>Learning spotlight: open sharing of lessons and dilemmas.</summary>
    public static EventFormat LearningSpotlight { get; } =
        new("learning-spotlight", "Learning spotlight", EventPurpose.ActivateAndShare, "Open sharing of lessons and dilemmas.");

    /// <summary>Cross-CoP exchange: insights across communities.</summary>
    public static EventFormat CrossCopExchange { get; } =
        new("cross-cop-exchange", "Cross-CoP exchange", EventPurpose.ActivateAndShare, "Insights generated across communities.");

    /// <summary>Roundtable: unpacking real cases from several viewpoints.</summary>
    public static EventFormat Roundtable { get; } =
        new("roundtable", "Roundtable", EventPurpose.ActivateAndShare, "Unpacking real cases from multiple viewpoints.");

    /// <summary>Peer clinic / solution lab: group intelligence on a member's problem.</summary>
    public static EventFormat PeerClinic { get; } =
        new("peer-clinic", "Peer clinic / solution lab", EventPurpose.SolveProblems, "Mobilising group intelligence to solve a problem.");

    /// <summary>World café / fishbowl: inclusive formats to explore complexity.</summary>
    public static EventFormat WorldCafe { get; } =
        new("world-cafe", "World café / fishbowl", EventPurpose.SolveProblems, "Inclusive formats to explore complexity.");

    /// <summary>Tool / product jam: build templates, FAQs and guides together.</summary>
    public static EventFormat ToolJam { get; } =
        new("tool-jam", "Tool / product jam", EventPurpose.CoCreate, "Building templates, FAQs and guides together.");

    /// <summary>Co-writing sprint: drafts or responses produced on the spot.</summary>
    public static EventFormat CoWritingSprint { get; } =
        new("co-writing-sprint", "Co-writing sprint", EventPurpose.CoCreate, "Producing drafts or responses on the spot.");

    /// <summary>Knowledge harvest: emerging knowledge synthesised in usable form.</summary>
    public static EventFormat KnowledgeHarvest { get; } =
        new("knowledge-harvest", "Knowledge harvest", EventPurpose.CoCreate, "Synthesising emerging knowledge in usable form.");

    /// <summary>External guest session: fresh thinking or field insights from outside.</summary>
    public static EventFormat ExternalGuestSession { get; } =
        new("external-guest-session", "External guest session", EventPurpose.ExpandPerspectives, "Bringing in fresh thinking or field insights.");

    /// <summary>Thematic exchange: comparing practices across countries or sectors.</summary>
    public static EventFormat ThematicExchange { get; } =
        new("thematic-exchange", "Thematic exchange", EventPurpose.ExpandPerspectives, "Comparing practices across countries and sectors.");

    /// <summary>Every format, in the guide's order.</summary>
    public static IReadOnlyList<EventFormat> All { get; } =
    [
        FlashTalk, LearningSpotlight, CrossCopExchange, Roundtable,
        PeerClinic, WorldCafe,
        ToolJam, CoWritingSprint, KnowledgeHarvest,
        ExternalGuestSession, ThematicExchange,
    ];

    /// <summary>Finds a format by its key (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out EventFormat? format) =>
        VocabularyLookup.TryFromKey(All, key, out format);

    /// <summary>Finds a format by its label, i.e. a SharePoint choice value (case-insensitive).</summary>
    public static bool TryFromLabel(string? label, [NotNullWhen(true)] out EventFormat? format) =>
        VocabularyLookup.TryFromLabel(All, label, out format);

    /// <summary>Returns the format with this key.</summary>
    /// <exception cref="ArgumentException">The key is unknown; the message lists the allowed keys.</exception>
    public static EventFormat FromKey(string key) => VocabularyLookup.FromKey(All, key, "event format");

    /// <inheritdoc />
    public override string ToString() => Key;
}
