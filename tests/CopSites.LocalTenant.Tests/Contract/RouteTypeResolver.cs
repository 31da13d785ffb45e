namespace CopSites.LocalTenant.Tests.Contract;

/// <summary>
/// Works out what type a route returns by walking its template through the CSDL: entity set, navigation properties,
/// casts (graph.sitePage) and bound functions. Keys ({site-id}) keep the element type of the collection before them.
/// </summary>
internal sealed class RouteTypeResolver(CsdlModel model)
{
    /// <summary>The type the route's response body holds, "Collection(...)" for collections, or null when it has no typed body.</summary>
    public string? Resolve(string template)
    {
        var segments = template.Split('/');
        var current = model.EntitySet(segments[0]) is { } set ? $"Collection({set})" : null;
        foreach (var segment in segments.Skip(1))
        {
            if (current is null)
            {
                return null;
            }

            if (segment.StartsWith('{'))
            {
                current = CsdlModel.ElementType(current);
            }
            else if (segment is "$ref" or "content" or "$value" or "$count")
            {
                return null;
            }
            else if (segment.StartsWith("graph.", StringComparison.Ordinal))
            {
                var cast = "microsoft." + segment;
                current = current.StartsWith("Collection(", StringComparison.Ordinal) ? $"Collection({cast})" : cast;
            }
            else if (segment.Contains('('))
            {
                current = model.FunctionReturn(current, segment[..segment.IndexOf('(')]);
            }
            else
            {
                current = model.PropertyType(CsdlModel.ElementType(current), segment)
                    ?? model.FunctionReturn(current, segment)
                    ?? (model.FunctionReturn(current, segment) is null && IsAction(segment) ? "" : null);
            }
        }

        return string.IsNullOrEmpty(current) ? null : current;
    }

    /// <summary>
    /// The type of the body a call answers with: as <see cref="Resolve"/>, except that an upload (PUT .../content)
    /// answers with the driveItem it wrote.
    /// </summary>
    public string? ResolveResponse(string method, string template) =>
        method == "PUT" && template.EndsWith("/content", StringComparison.Ordinal)
            ? Resolve(template[..^"/content".Length])
            : Resolve(template);

    /// <summary>True for routes ending in a bound action that answers 204 with no body.</summary>
    public static bool ReturnsNothing(string template) => IsAction(template[(template.LastIndexOf('/') + 1)..]);

    // Bound actions without a result (addCopy returns a content type and is resolved through the CSDL).
    private static bool IsAction(string segment) => segment is "publish" or "unpublish" or "associateWithHubSites" or "setReaction" or "unsetReaction";
}
