namespace CopSites.Provisioning.Engine.Ports;

/// <summary>What the gateway must read beyond the site's structure: the items of lists that hold template data rows.</summary>
/// <param name="ItemKeysByList">List title → the column whose value identifies a data row.</param>
public sealed record StateQuery(IReadOnlyDictionary<string, string> ItemKeysByList)
{
    /// <summary>No item reads.</summary>
    public static readonly StateQuery StructureOnly = new(new Dictionary<string, string>());
}
