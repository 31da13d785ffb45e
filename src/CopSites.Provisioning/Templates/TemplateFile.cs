namespace CopSites.Provisioning.Templates;

/// <summary>A <c>pnp:File</c>: a file to upload into a library folder.</summary>
/// <param name="Src">Source path as written, relative to the template file; <see cref="TemplateSourceFiles"/> keeps it inside the template's folder.</param>
/// <param name="Folder">Target folder, site-relative (may hold tokens).</param>
/// <param name="Overwrite">Replace an existing file.</param>
/// <param name="Level">Draft, Published or Checkout.</param>
/// <param name="TargetFileName">Name in SharePoint when it differs from the source name.</param>
/// <param name="Properties">Field values to set on the file's item.</param>
/// <param name="Location">Where the element is; its file is the base for relative sources.</param>
public sealed record TemplateFile(
    string Src,
    string Folder,
    bool? Overwrite,
    string? Level,
    string? TargetFileName,
    ValueList<TemplateProperty> Properties,
    SourceLocation Location)
{
    /// <summary>The file name in SharePoint: <see cref="TargetFileName"/> or the source's name.</summary>
    public string TargetName => TargetFileName ?? Path.GetFileName(Src.Replace('\\', '/'));
}
