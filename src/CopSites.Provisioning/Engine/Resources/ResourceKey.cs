namespace CopSites.Provisioning.Engine.Resources;

/// <summary>
/// The natural identity of a workspace object: what makes a rerun find it again instead of creating a duplicate.
/// Paths use '/' between parent and child: a list column is "Events/CopEventFormat", an item "Events/key=Kick-off".
/// </summary>
public sealed record ResourceKey(ResourceKind Kind, string Path)
{
    /// <summary>The key of a child, e.g. ListColumn under List "Events".</summary>
    public ResourceKey Child(ResourceKind kind, string name) => new(kind, Path + "/" + name);

    /// <summary>The first path segment (the list of a list column, the group of a term set).</summary>
    public string Root => Path.Split('/')[0];

    /// <summary>The last path segment (the column of a list column).</summary>
    public string Leaf => Path[(Path.LastIndexOf('/') + 1)..];

    /// <inheritdoc />
    public override string ToString() => $"{Kind} '{Path}'";
}
