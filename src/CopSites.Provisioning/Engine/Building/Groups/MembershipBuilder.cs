using System.Text.Json.Nodes;
using CopSites.Provisioning.Charters;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Groups;

/// <summary>
/// Who owns and belongs to the CoP's group, keyed by UPN: the charter's leads are owners, everyone on its roster is a
/// member, and the template's <c>pnp:Security</c> additional owners (owners and members) and members are added to
/// them. Group sites keep their owners and members in the Microsoft 365 group, so that is where these go. Without a
/// charter there is no group, so nothing is built.
/// </summary>
public sealed class MembershipBuilder : IResourceBuilder
{
    private const string ClaimsPrefixSeparator = "|";

    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        if (context.Charter is not { } charter)
        {
            return [];
        }

        var group = new ResourceKey(ResourceKind.Group, (context.Target?.Alias ?? charter.Alias.Value));
        var owners = new List<BuiltResource>();
        var members = new List<BuiltResource>();
        var charterScope = () => context.Scope("charter", SourceLocation.None);
        owners.AddRange(charter.Leads.Select(l => Entry(ResourceKind.GroupOwner, l.Value, group, charterScope())));
        members.AddRange(charter.Roster.Select(m => Entry(ResourceKind.GroupMember, m.Upn.Value, group, charterScope())));
        if (context.Template.Security is { } security)
        {
            foreach (var (name, index) in (security.AdditionalOwners?.Users ?? []).Select((u, i) => (u, i)))
            {
                var scope = context.Scope($"pnp:Security/AdditionalOwners/User[{index + 1}]", security.Location);
                var upn = Upn(name, scope);
                owners.Add(Entry(ResourceKind.GroupOwner, upn, group, scope));
                members.Add(Entry(ResourceKind.GroupMember, upn, group, context.Scope(scope.Element, security.Location)));
            }

            foreach (var (name, index) in (security.AdditionalMembers?.Users ?? []).Select((u, i) => (u, i)))
            {
                var scope = context.Scope($"pnp:Security/AdditionalMembers/User[{index + 1}]", security.Location);
                members.Add(Entry(ResourceKind.GroupMember, Upn(name, scope), group, scope));
            }
        }

        // The charter and the template may name the same person; one resource each, the first one stated wins.
        return owners.DistinctBy(o => o.Resource.Key).Concat(members.DistinctBy(m => m.Resource.Key));
    }

    private static BuiltResource Entry(ResourceKind kind, string upn, ResourceKey group, TokenScope scope) =>
        BuiltResource.At(new DesiredResource(new ResourceKey(kind, upn), new JsonObject(), null) { Parent = group }, scope);

    // Templates name users by login (i:0#.f|membership|alice@contoso.com) or UPN, possibly through a token.
    private static string Upn(string login, TokenScope scope)
    {
        var text = scope.Text(login);
        var name = text[(text.LastIndexOf(ClaimsPrefixSeparator, StringComparison.Ordinal) + 1)..];
        if (UserPrincipalName.TryCreate(name, out var upn, out var error))
        {
            return upn.Value;
        }

        if (!text.Contains('{', StringComparison.Ordinal))
        {
            scope.Fail(BuildErrorKind.InvalidValue, $"'{login}' is not a user: {error}; only users can own or join the CoP's group");
        }

        return text;
    }
}
