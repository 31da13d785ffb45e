using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CopSites.Provisioning.Charters;

/// <summary>
/// A person's sign-in name (<c>alice@contoso.local</c>) as written in a charter. Stored lowercase, because
/// Entra ID compares UPNs without regard to case and the charter rules compare people by UPN.
/// </summary>
/// <remarks>This type is an immutable value; it can only hold a well-formed UPN.</remarks>
public sealed partial record UserPrincipalName
{
    private UserPrincipalName(string value)
    {
        Value = value;
        Domain = value[(value.IndexOf('@') + 1)..];
    }

    /// <summary>The normalised (lowercase) UPN.</summary>
    public string Value { get; }

    /// <summary>The part after the <c>@</c>, for example <c>contoso.local</c>.</summary>
    public string Domain { get; }

    /// <summary>Validates <paramref name="text"/> as a UPN.</summary>
    /// <param name="text">The candidate UPN.</param>
    /// <param name="upn">The normalised UPN when valid.</param>
    /// <param name="error">Why it is invalid, when not.</param>
    public static bool TryCreate(string? text, [NotNullWhen(true)] out UserPrincipalName? upn, [NotNullWhen(false)] out string? error)
    {
        upn = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the UPN is empty";
            return false;
        }

        if (!Shape().IsMatch(text))
        {
            error = $"'{text}' is not a user principal name (expected name@domain, for example alice@contoso.local)";
            return false;
        }

        error = null;
        upn = new UserPrincipalName(text.ToLowerInvariant());
        return true;
    }

    /// <summary>Returns <paramref name="text"/> as a UPN.</summary>
    /// <exception cref="ArgumentException">The text is not a well-formed UPN.</exception>
    public static UserPrincipalName Create(string text) =>
        TryCreate(text, out var upn, out var error) ? upn : throw new ArgumentException(error + ".", nameof(text));

    /// <inheritdoc />
    public override string ToString() => Value;

    // Deliberately narrower than RFC 5322: UPNs are ASCII, and quoted local parts or IP-literal domains in a
    // charter are far more likely to be mistakes than real accounts.
    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")]
    private static partial Regex Shape();
}
