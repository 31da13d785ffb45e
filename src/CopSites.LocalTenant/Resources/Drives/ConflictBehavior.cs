using System.Globalization;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>What to do when a new item's name is taken (@microsoft.graph.conflictBehavior).</summary>
internal enum ConflictBehavior
{
    /// <summary>409 nameAlreadyExists.</summary>
    Fail,

    /// <summary>Overwrite the file (a folder is kept as it is, as SharePoint does).</summary>
    Replace,

    /// <summary>Pick a free name: "a 1.docx", "a 2.docx"...</summary>
    Rename,
}

/// <summary>Reads conflict behaviors and checks item names.</summary>
internal static class DriveItemNames
{
    private static readonly char[] Forbidden = ['"', '*', ':', '<', '>', '?', '/', '\\', '|'];

    /// <summary>The behavior asked for in the query string or the body, or <paramref name="fallback"/>.</summary>
    public static ConflictBehavior Behavior(GraphCall call, System.Text.Json.Nodes.JsonObject? body, ConflictBehavior fallback)
    {
        const string Name = "@microsoft.graph.conflictBehavior";
        var text = call.Query.TryGetValue(Name, out var fromQuery) ? fromQuery : body?[Name]?.ToString();
        return text?.ToLowerInvariant() switch
        {
            null or "" => fallback,
            "fail" => ConflictBehavior.Fail,
            "replace" => ConflictBehavior.Replace,
            "rename" => ConflictBehavior.Rename,
            _ => throw GraphProblem.BadRequest($"Invalid value '{text}' for @microsoft.graph.conflictBehavior; use fail, replace or rename."),
        };
    }

    /// <summary>400 when SharePoint would refuse the name.</summary>
    public static string Validate(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name != name.Trim() || name.EndsWith('.') || name.IndexOfAny(Forbidden) >= 0)
        {
            throw GraphProblem.BadRequest($"The name '{name}' is not valid: it may not be empty, start or end with a space, end with a period, or contain \" * : < > ? / \\ |.");
        }

        return name;
    }

    /// <summary>The first of "name 1.ext", "name 2.ext"... that no sibling uses (folders keep dots in the stem).</summary>
    public static string FreeName(DriveTree tree, string folderId, string name, bool isFile)
    {
        var extension = isFile ? Path.GetExtension(name) : "";
        var stem = name[..^extension.Length];
        for (var n = 1; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{stem} {n}{extension}");
            if (tree.Child(folderId, candidate) is null)
            {
                return candidate;
            }
        }
    }
}
