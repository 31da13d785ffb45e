namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>
/// Finds which people the tenant's directory does not know: one <c>GET /users/{upn}?$select=id</c> per person, sent
/// together in $batch requests; a 404 means unknown. The <c>users('…')</c> form is used because Graph reads a path
/// segment starting with <c>$</c> as a system query and a UPN may contain <c>#EXT#</c> (guests).
/// </summary>
internal sealed class DirectoryLookup(GraphReads reads)
{
    /// <summary>The names the directory has no user for, in the order given.</summary>
    public async Task<IReadOnlyList<string>> FindUnknownAsync(IReadOnlyList<string> userPrincipalNames, CancellationToken ct)
    {
        var gets = userPrincipalNames
            .Select(upn => ($"look up {upn} in the directory", $"users('{Uri.EscapeDataString(upn.Replace("'", "''", StringComparison.Ordinal))}')?$select=id"))
            .ToArray();
        var found = await reads.GetAsync(gets, ct);
        return userPrincipalNames.Where((_, i) => found[i] is null).ToArray();
    }
}
