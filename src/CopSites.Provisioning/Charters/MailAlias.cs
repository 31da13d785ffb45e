using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CopSites.Provisioning.Charters;

/// <summary>
/// The CoP's short name: the Microsoft 365 group's mail nickname and the site URL segment
/// (<c>/sites/{alias}</c>). Lowercase letters, digits and single hyphens, starting with a letter.
/// </summary>
/// <remarks>This type is an immutable value; it can only hold a valid alias.</remarks>
public sealed partial record MailAlias
{
    /// <summary>The shortest alias accepted.</summary>
    public const int MinLength = 3;

    // Exchange caps mail nicknames at 64 characters; the same value must work as a URL segment.
    /// <summary>The longest alias accepted.</summary>
    public const int MaxLength = 64;

    private MailAlias(string value) => Value = value;

    /// <summary>The alias text.</summary>
    public string Value { get; }

    /// <summary>Validates <paramref name="text"/> as an alias.</summary>
    /// <param name="text">The candidate alias, used as-is (no trimming or lowercasing, so typos surface).</param>
    /// <param name="alias">The alias when valid.</param>
    /// <param name="error">Why it is invalid, phrased for a charter author, when not.</param>
    public static bool TryCreate(string? text, [NotNullWhen(true)] out MailAlias? alias, [NotNullWhen(false)] out string? error)
    {
        alias = null;
        error = text switch
        {
            null or "" => "the alias is empty",
            { Length: < MinLength } => $"the alias must have at least {MinLength} characters",
            { Length: > MaxLength } => $"the alias must have at most {MaxLength} characters",
            _ when !AllowedCharacters().IsMatch(text) => "the alias may contain only lowercase letters a-z, digits and hyphens",
            _ when !char.IsAsciiLetterLower(text[0]) => "the alias must start with a lowercase letter",
            _ when text.EndsWith('-') => "the alias must not end with a hyphen",
            _ when text.Contains("--", StringComparison.Ordinal) => "the alias must not contain two hyphens in a row",
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        alias = new MailAlias(text!);
        return true;
    }

    /// <summary>Returns <paramref name="text"/> as an alias.</summary>
    /// <exception cref="ArgumentException">The text is not a valid alias.</exception>
    public static MailAlias Create(string text) =>
        TryCreate(text, out var alias, out var error) ? alias : throw new ArgumentException($"'{text}': {error}.", nameof(text));

    /// <inheritdoc />
    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex AllowedCharacters();
}
