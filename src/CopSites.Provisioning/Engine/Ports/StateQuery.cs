namespace CopSites.Provisioning.Engine.Ports;

/// <summary>What the gateway must read beyond the site's structure: the template's lists (views, items) and files.</summary>
/// <param name="ItemKeysByList">List title → the column whose value identifies a data row.</param>
public sealed record StateQuery(IReadOnlyDictionary<string, string> ItemKeysByList)
{
    /// <summary>No item reads.</summary>
    public static readonly StateQuery StructureOnly = new(new Dictionary<string, string>());

    /// <summary>Titles of the lists the template defines: their views are read.</summary>
    public IReadOnlyCollection<string> TemplateLists { get; init; } = [];

    /// <summary>Server-relative URLs of the files the template uploads: their size and hash are read.</summary>
    public IReadOnlyCollection<string> Files { get; init; } = [];
}
