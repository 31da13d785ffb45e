using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Writing;

/// <summary>Turns the tenant's answer to a write into the resource the state keeps.</summary>
internal static class ResultOf
{
    /// <summary>The returned object when there is one; otherwise what we had, with the change applied (PATCH may answer 204).</summary>
    public static Func<JsonNode?, ActualResource> Resource(ResourceChange change, WriteContext context) => body =>
    {
        var existing = context.State.Find(change.Key);
        if (body is JsonObject returned)
        {
            var merged = existing is null ? new JsonObject() : (JsonObject)existing.Properties.DeepClone();
            foreach (var (name, value) in returned)
            {
                merged[name] = value?.DeepClone();
            }

            return new ActualResource(change.Key, Json.Text(returned, "id") ?? change.ExistingId ?? change.Key.Path, merged);
        }

        return Applied(change, existing);
    };

    /// <summary>The resource as it is after the change, when the tenant answers without a body.</summary>
    public static Func<JsonNode?, ActualResource> Applied(ResourceChange change, WriteContext context, string? id = null) =>
        _ => Applied(change, context.State.Find(change.Key), id);

    private static ActualResource Applied(ResourceChange change, ActualResource? existing, string? id = null)
    {
        var properties = existing is null ? new JsonObject() : (JsonObject)existing.Properties.DeepClone();
        foreach (var (name, value) in change.Body)
        {
            properties[name] = value?.DeepClone();
        }

        return new ActualResource(change.Key, id ?? change.ExistingId ?? existing?.Id ?? change.Key.Path, properties);
    }
}
