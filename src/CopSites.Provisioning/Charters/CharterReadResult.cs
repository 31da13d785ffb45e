using System.Diagnostics.CodeAnalysis;

namespace CopSites.Provisioning.Charters;

/// <summary>The outcome of reading a charter: either a valid <see cref="Charter"/> or every error found.</summary>
public sealed class CharterReadResult
{
    private CharterReadResult(Charter? charter, IReadOnlyList<CharterError> errors)
    {
        Charter = charter;
        Errors = errors;
    }

    /// <summary>The charter, when <see cref="Succeeded"/>.</summary>
    public Charter? Charter { get; }

    /// <summary>All problems found, in document order; empty when <see cref="Succeeded"/>.</summary>
    public IReadOnlyList<CharterError> Errors { get; }

    /// <summary>Whether the charter is valid.</summary>
    [MemberNotNullWhen(true, nameof(Charter))]
    public bool Succeeded => Charter is not null;

    /// <summary>A successful result.</summary>
    public static CharterReadResult Success(Charter charter) => new(charter ?? throw new ArgumentNullException(nameof(charter)), []);

    /// <summary>A failed result; at least one error is required.</summary>
    public static CharterReadResult Failure(IReadOnlyList<CharterError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }

        return new CharterReadResult(null, errors);
    }
}
