using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Groups;

/// <summary>
/// The CoP's Microsoft 365 group, from the charter, keyed by mail alias: name, purpose (as the description) and the
/// visibility the participation model implies are compared; the alias, group type and the leads as first owners are
/// only chosen on create (Graph wants an owner on a group created by an app). Without a charter there is no group to build.
/// </summary>
public sealed class GroupBuilder : IResourceBuilder
{
    /// <summary>Graph's address for a user, as <c>owners@odata.bind</c> wants it.</summary>
    public static string UserBind(string upn) => "https://graph.microsoft.com/v1.0/users/" + upn;

    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        if (context.Charter is not { } charter)
        {
            yield break;
        }

        var scope = context.Scope("charter", SourceLocation.None);
        var properties = new JsonObject
        {
            ["displayName"] = charter.Name,
            ["description"] = charter.Purpose,
            ["visibility"] = charter.GroupPolicy.Visibility.ToString(),
        };
        var createOnly = new JsonObject
        {
            ["mailNickname"] = (context.Target?.Alias ?? charter.Alias.Value),
            ["groupTypes"] = new JsonArray("Unified"),
            ["mailEnabled"] = true,
            ["securityEnabled"] = false,
            ["owners@odata.bind"] = new JsonArray(charter.Leads.Select(l => (JsonNode)JsonValue.Create(UserBind(l.Value))).ToArray()),
        };
        yield return BuiltResource.At(
            new DesiredResource(new ResourceKey(ResourceKind.Group, (context.Target?.Alias ?? charter.Alias.Value)), properties, null) { CreateOnly = createOnly }, scope);
    }
}
