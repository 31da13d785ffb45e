using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building.Lists;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Files;

/// <summary>
/// Files uploaded into libraries (<c>pnp:File</c>), keyed by server-relative path. As in PnP, the bytes are uploaded as
/// they are (tokens apply to <c>Src</c>, <c>Folder</c> and <c>TargetFileName</c>, never to the content), and an existing
/// file is replaced only with <c>Overwrite="true"</c>: then size and SHA-256 are compared, otherwise everything is
/// create-only and an existing file is left alone.
/// </summary>
public sealed class FileBuilder : IResourceBuilder
{
    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        foreach (var file in context.Template.Files)
        {
            var element = $"pnp:File[@Src='{file.Src}']";
            var scope = context.Scope(element, file.Location);
            var source = file with { Src = scope.Text(file.Src, element + "/@Src") };
            var folder = ListLocator.SiteRelative(scope.Text(file.Folder, element + "/@Folder"), context.State.Facts.ServerRelativeUrl);
            var name = file.TargetFileName is null ? source.TargetName : scope.Text(file.TargetFileName, element + "/@TargetFileName");
            var path = string.Join('/', new[] { context.State.Facts.ServerRelativeUrl.TrimEnd('/'), folder, name }.Where(p => p.Length > 0));

            var library = ListLocator.TitleFor(context.Template, context.State, folder);
            if (library is null)
            {
                scope.Fail(BuildErrorKind.UnknownList, $"file '{name}' goes to folder '{folder}', which is in no library of the template or the site");
            }

            if (file.Properties.Count > 0)
            {
                scope.Fail(BuildErrorKind.UnsupportedFeature, $"file '{name}' sets column values (pnp:Properties), which CopSites does not apply to files");
            }

            var content = Read(source, scope);
            var measured = new JsonObject
            {
                ["size"] = content.LongLength,
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(content)),
            };
            var createOnly = new JsonObject { ["contentBase64"] = Convert.ToBase64String(content) };
            var properties = new JsonObject();
            foreach (var (key, value) in measured.ToList())
            {
                measured.Remove(key);
                (file.Overwrite == true ? properties : createOnly)[key] = value;
            }

            var resource = new DesiredResource(new ResourceKey(ResourceKind.File, path), properties, file.Location)
            {
                CreateOnly = createOnly,
                Parent = library is null ? null : new ResourceKey(ResourceKind.List, library),
            };
            var list = context.Template.Lists.FirstOrDefault(l => l.Title == library);
            yield return BuiltResource.At(resource, scope, StructureLevels.AfterList(context.Template, list, DependencyLevels.Of(ResourceKind.File)));
        }
    }

    private static byte[] Read(TemplateFile file, TokenScope scope)
    {
        var resolution = TemplateSourceFiles.Resolve(file);
        if (resolution.Refusal is { } refusal)
        {
            scope.Fail(BuildErrorKind.SourceFileOutsideTemplate, string.Create(CultureInfo.InvariantCulture, $"source file '{file.Src}' is refused: {refusal}"));
            return [];
        }

        if (resolution.Path is not { } path)
        {
            scope.Fail(BuildErrorKind.MissingSourceFile, string.Create(CultureInfo.InvariantCulture, $"source file '{file.Src}' (looked for at '{resolution.MissingAt}') does not exist"));
            return [];
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            scope.Fail(BuildErrorKind.MissingSourceFile, string.Create(CultureInfo.InvariantCulture, $"source file '{file.Src}' (looked for at '{path}') cannot be read: {ex.Message}"));
            return [];
        }
    }
}
