using System.Diagnostics.CodeAnalysis;

namespace CopSites.Domain;

/// <summary>
/// A role a person plays inside a CoP (guide §3.1). Stored in the <c>CopRole</c> choice column of the
/// Expert directory. Network enablers (such as KLD) are deliberately absent: they sponsor CoPs from outside
/// and are not members.
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class CopRole : IVocabularyTerm
{
    private CopRole(string key, string label, int precedence, bool isGroupOwner)
    {
        Key = key;
        Label = label;
        Precedence = precedence;
        IsGroupOwner = isGroupOwner;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>
    /// Lower is stronger. When a person holds several roles, the directory shows the one with the lowest value,
    /// because a single choice column can hold only one.
    /// </summary>
    public int Precedence { get; }

    /// <summary>Whether people in this role become owners of the Microsoft 365 group (only leads do).</summary>
    public bool IsGroupOwner { get; }

    /// <summary>Energises the community and sets its direction; owner of the group.</summary>
    public static CopRole Lead { get; } = new("lead", "Lead", 0, isGroupOwner: true);

    /// <summary>Keeps dialogue flowing and captures insights.</summary>
    public static CopRole Moderator { get; } = new("moderator", "Moderator", 1, isGroupOwner: false);

    /// <summary>The steering circle: shares leadership, sets the agenda, watches engagement.</summary>
    public static CopRole CoreGroup { get; } = new("core-group", "Core group", 2, isGroupOwner: false);

    /// <summary>A network node who spreads knowledge across units and countries.</summary>
    public static CopRole Multiplier { get; } = new("multiplier", "Multiplier", 3, isGroupOwner: false);

    /// <summary>Every participant.</summary>
    public static CopRole Member { get; } = new("member", "Member", 4, isGroupOwner: false);

    /// <summary>Every role, strongest first.</summary>
    public static IReadOnlyList<CopRole> All { get; } = [Lead, Moderator, CoreGroup, Multiplier, Member];

    /// <summary>Finds a role by its key (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out CopRole? role) =>
        VocabularyLookup.TryFromKey(All, key, out role);

    /// <summary>Finds a role by its label, i.e. a SharePoint choice value (case-insensitive).</summary>
    public static bool TryFromLabel(string? label, [NotNullWhen(true)] out CopRole? role) =>
        VocabularyLookup.TryFromLabel(All, label, out role);

    /// <summary>Returns the role with this key.</summary>
    /// <exception cref="ArgumentException">The key is unknown; the message lists the allowed keys.</exception>
    public static CopRole FromKey(string key) => VocabularyLookup.FromKey(All, key, "CoP role");

    /// <inheritdoc />
    public override string ToString() => Key;
}
