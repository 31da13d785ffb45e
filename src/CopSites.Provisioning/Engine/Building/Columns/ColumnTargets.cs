using CopSites.Provisioning.Engine.Building.Lists;

namespace CopSites.Provisioning.Engine.Building.Columns;

/// <summary>
/// What lookup and taxonomy columns point at, as tenant ids. A list or term set the template itself creates is
/// resolved through the same tokens a template author would write (<c>{listid:Title}</c>,
/// <c>{termsetid:Group:Set}</c>), so until it exists the column carries a "no value yet" error, and a list that will
/// never exist is an error naming the field.
/// </summary>
public static class ColumnTargets
{
    /// <summary>The id of the list a lookup reads from: <c>List</c> as a GUID, a token, <c>Self</c> or a list URL.</summary>
    /// <param name="schema">The lookup field.</param>
    /// <param name="context">The build context.</param>
    /// <param name="scope">Where errors go.</param>
    /// <param name="ownerList">The title of the list holding the field, for <c>List="Self"</c>; null for site columns.</param>
    public static string ListId(FieldSchema schema, BuildContext context, TokenScope scope, string? ownerList)
    {
        var part = scope.Element + "/@List";
        var raw = schema.Field.List;
        if (string.IsNullOrWhiteSpace(raw))
        {
            scope.Fail(BuildErrorKind.MissingValue, $"lookup field '{schema.Name}' has no List attribute");
            return "";
        }

        var text = Guid.TryParse(raw, out var literal) ? literal.ToString("D") : scope.Text(raw, part);
        if (Guid.TryParse(text, out var id))
        {
            return id.ToString("D");
        }

        if (text.Contains('{', StringComparison.Ordinal))
        {
            return text; // A token without a value yet; its error is already recorded.
        }

        var title = string.Equals(text, "Self", StringComparison.OrdinalIgnoreCase)
            ? ownerList
            : ListLocator.TitleFor(context.Template, context.State, ListLocator.SiteRelative(text, context.State.Facts.ServerRelativeUrl));
        if (title is null)
        {
            scope.Fail(BuildErrorKind.UnknownList, $"lookup field '{schema.Name}' reads from list '{text}', which neither the template nor the site has");
            return text;
        }

        return scope.Text("{listid:" + title + "}", part);
    }

    /// <summary>
    /// The id of a taxonomy field's term set, from its <c>TermSetId</c> customization property. A GUID that names a term
    /// set of the template means that set as the tenant created it.
    /// </summary>
    public static string TermSetId(FieldSchema schema, BuildContext context, TokenScope scope)
    {
        // Graph binds term columns in the site's own term store, so SspId is not sent; a bad token there still fails.
        scope.Check(schema.Customization("SspId"), scope.Element + "/Customization/SspId");
        var part = scope.Element + "/Customization/TermSetId";
        var raw = schema.Customization("TermSetId");
        if (string.IsNullOrWhiteSpace(raw))
        {
            scope.Fail(BuildErrorKind.MissingValue, $"taxonomy field '{schema.Name}' names no term set (Customization property TermSetId)");
            return "";
        }

        var text = scope.Text(raw, part);
        if (!Guid.TryParse(text, out var id))
        {
            return text;
        }

        var own = context.Template.TermGroups
            .SelectMany(g => g.TermSets.Select(s => (Group: g.Name, Set: s)))
            .FirstOrDefault(p => p.Set.Id == id);
        return own.Set is null ? id.ToString("D") : scope.Text("{termsetid:" + own.Group + ":" + own.Set.Name + "}", part);
    }
}
