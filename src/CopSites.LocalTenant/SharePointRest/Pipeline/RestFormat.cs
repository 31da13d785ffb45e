namespace CopSites.LocalTenant.SharePointRest.Pipeline;

/// <summary>How much OData metadata a REST response carries, chosen by the Accept header.</summary>
internal enum RestFormat
{
    /// <summary>application/json;odata=nometadata: bare properties, collections in "value".</summary>
    NoMetadata,

    /// <summary>application/json;odata=minimalmetadata (SharePoint's JSON default): odata.metadata, odata.type, odata.id, odata.editLink.</summary>
    MinimalMetadata,

    /// <summary>application/json;odata=verbose: everything under "d", collections under "d.results", __metadata and __deferred.</summary>
    Verbose,
}

/// <summary>Reads the format from the Accept header and names the response content type.</summary>
internal static class RestFormats
{
    /// <summary>
    /// The format asked for. SharePoint answers Atom XML when no JSON is asked for; this tenant speaks JSON only
    /// and treats a missing or generic Accept as minimal metadata.
    /// </summary>
    public static RestFormat FromAccept(string? accept)
    {
        var value = (accept ?? "").ToLowerInvariant();
        if (value.Contains("odata=verbose") || value.Contains("odata.metadata=full"))
        {
            return RestFormat.Verbose;
        }

        return value.Contains("odata=nometadata") || value.Contains("odata.metadata=none") ? RestFormat.NoMetadata : RestFormat.MinimalMetadata;
    }

    /// <summary>The Content-Type SharePoint sends with a JSON body in this format.</summary>
    public static string ContentType(RestFormat format) => format switch
    {
        RestFormat.NoMetadata => "application/json;odata=nometadata;streaming=true;charset=utf-8",
        RestFormat.Verbose => "application/json;odata=verbose;charset=utf-8",
        _ => "application/json;odata=minimalmetadata;streaming=true;charset=utf-8",
    };
}
