using System.Diagnostics.CodeAnalysis;

namespace CopSites.Domain;

/// <summary>
/// A kind of knowledge product a CoP documents and disseminates (guide §3.4). Stored in the
/// <c>CopProductType</c> choice column of the Toolkit library.
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class KnowledgeProductType : IVocabularyTerm
{
    private KnowledgeProductType(string key, string label, string description)
    {
        Key = key;
        Label = label;
        Description = description;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>One sentence that helps an author pick the right type.</summary>
    public string Description { get; }

    /// <summary>A synthesis of good practices drawn from members' experience.</summary>
    public static KnowledgeProductType GoodPracticeSynthesis { get; } =
        new("good-practice-synthesis", "Synthesis of good practices", "What works, distilled from several members' experience.");

    /// <summary>Lessons learned from a project, operation or session.</summary>
    public static KnowledgeProductType LessonsLearned { get; } =
        new("lessons-learned", "Lessons learned", "What happened, what we learned and what we would do differently.");

    /// <summary>Key takeaways from a discussion or session.</summary>
    public static KnowledgeProductType KeyTakeaways { get; } =
        new("key-takeaways", "Key takeaways", "The few points a session or discussion leaves behind.");

    /// <summary>Frequently asked questions.</summary>
    public static KnowledgeProductType Faq { get; } =
        new("faq", "FAQ", "Recurring questions with the community's answers.");

    /// <summary>A job aid for a recurring task.</summary>
    public static KnowledgeProductType JobAid { get; } =
        new("job-aid", "Job aid", "A short, practical aid for doing a recurring task.");

    /// <summary>A checklist.</summary>
    public static KnowledgeProductType Checklist { get; } =
        new("checklist", "Checklist", "Steps or criteria to verify before, during or after a task.");

    /// <summary>A reusable template.</summary>
    public static KnowledgeProductType Template { get; } =
        new("template", "Template", "A reusable document skeleton others can fill in.");

    /// <summary>A learning note: a short reflection on a real case.</summary>
    public static KnowledgeProductType LearningNote { get; } =
        new("learning-note", "Learning note", "A short reflection on a real-world case.");

    /// <summary>A curated list of resources or recommended readings.</summary>
    public static KnowledgeProductType CuratedResourceList { get; } =
        new("curated-resource-list", "Curated resource list", "Recommended readings and resources, selected and annotated.");

    /// <summary>Every knowledge product type, in the guide's order.</summary>
    public static IReadOnlyList<KnowledgeProductType> All { get; } =
    [
        GoodPracticeSynthesis, LessonsLearned, KeyTakeaways, Faq, JobAid, Checklist, Template, LearningNote, CuratedResourceList,
    ];

    /// <summary>Finds a type by its key (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out KnowledgeProductType? type) =>
        VocabularyLookup.TryFromKey(All, key, out type);

    /// <summary>Finds a type by its label, i.e. a SharePoint choice value (case-insensitive).</summary>
    public static bool TryFromLabel(string? label, [NotNullWhen(true)] out KnowledgeProductType? type) =>
        VocabularyLookup.TryFromLabel(All, label, out type);

    /// <summary>Returns the type with this key.</summary>
    /// <exception cref="ArgumentException">The key is unknown; the message lists the allowed keys.</exception>
    public static KnowledgeProductType FromKey(string key) => VocabularyLookup.FromKey(All, key, "knowledge product type");

    /// <inheritdoc />
    public override string ToString() => Key;
}
