using CopSites.Domain;

namespace CopSites.Provisioning.Charters;

/// <summary>A person named in a charter with the strongest role the charter gives them.</summary>
/// <param name="Upn">The person's sign-in name.</param>
/// <param name="Role">Their strongest role (lead &gt; moderator &gt; core group &gt; multiplier &gt; member).</param>
public sealed record CharterMember(UserPrincipalName Upn, CopRole Role);
