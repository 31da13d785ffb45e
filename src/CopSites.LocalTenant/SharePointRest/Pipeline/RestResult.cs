using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.SharePointRest.Pipeline;

/// <summary>What a REST handler returns: a status and a format-neutral payload the renderer shapes per Accept header.</summary>
internal sealed record RestResult(int Status, RestPayload? Payload)
{
    public static RestResult Ok(RestPayload payload) => new(200, payload);

    public static RestResult Created(RestPayload payload) => new(201, payload);

    /// <summary>MERGE and PATCH answer 204 with no body.</summary>
    public static RestResult NoContent() => new(204, null);

    /// <summary>DELETE answers 200 with an empty body.</summary>
    public static RestResult Deleted() => new(200, null);
}

/// <summary>A response body before it is shaped for nometadata, minimalmetadata or verbose.</summary>
internal abstract record RestPayload;

/// <summary>One SharePoint object.</summary>
/// <param name="Type">The OData type, e.g. SP.NavigationNode.</param>
/// <param name="EntitySet">The metadata set minimal metadata names, e.g. SP.ApiData.NavigationNodes.</param>
/// <param name="EditLink">The object's address relative to /_api, e.g. Web/Navigation/GetNodeById(2003).</param>
/// <param name="Properties">Its properties, PascalCase, as nometadata shows them.</param>
internal sealed record RestEntity(string Type, string EntitySet, string EditLink, JsonObject Properties) : RestPayload
{
    /// <summary>Navigation properties left out unless expanded (verbose shows them as __deferred).</summary>
    public IReadOnlyList<string> Deferred { get; init; } = [];

    /// <summary>Expanded navigation properties: a single object.</summary>
    public IReadOnlyDictionary<string, RestEntity> ExpandedOne { get; init; } = new Dictionary<string, RestEntity>();

    /// <summary>Expanded navigation properties: a collection.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RestEntity>> ExpandedMany { get; init; } = new Dictionary<string, IReadOnlyList<RestEntity>>();

    /// <summary>The element type of primitive collection properties (verbose writes it in __metadata).</summary>
    public IReadOnlyDictionary<string, string> CollectionTypes { get; init; } = new Dictionary<string, string>();
}

/// <summary>A collection of objects.</summary>
internal sealed record RestCollection(string EntitySet, IReadOnlyList<RestEntity> Items) : RestPayload;

/// <summary>A function's primitive result, e.g. SavePageAsDraft → true.</summary>
internal sealed record RestPrimitive(string Name, string EdmType, JsonNode? Value) : RestPayload;
