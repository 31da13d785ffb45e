using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Columns;

/// <summary>
/// What a <c>pnp:FieldRef</c> (in a list or a content type) points at: a site column of the template, or a column
/// SharePoint provides. Ids win over names, as in PnP.
/// </summary>
/// <param name="InternalName">The column's internal name.</param>
/// <param name="SiteField">The template's site column, or null for a built-in column.</param>
/// <param name="Type">The CAML type, for converting data row values.</param>
public sealed record FieldReference(string InternalName, FieldDefinition? SiteField, string Type)
{
    /// <summary>The column an id (GUID text, braces allowed) or name refers to, or null when neither the template nor SharePoint has it.</summary>
    public static FieldReference? Resolve(ProvisioningTemplate template, string? id, string? name)
    {
        Guid? guid = Guid.TryParse(id?.Trim().Trim('{', '}'), out var parsed) ? parsed : null;
        var site = (guid is { } g ? template.SiteFields.FirstOrDefault(f => f.Id == g) : null)
            ?? (name is null ? null : template.SiteFields.FirstOrDefault(f => string.Equals(f.InternalName, name, StringComparison.OrdinalIgnoreCase)));
        if (site?.InternalName is { } siteName)
        {
            return new FieldReference(siteName, site, site.Type ?? "");
        }

        return BuiltInFields.Find(guid, name) is { } builtIn ? new FieldReference(builtIn.Name, null, builtIn.Type) : null;
    }
}
