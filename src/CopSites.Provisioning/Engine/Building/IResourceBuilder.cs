using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Engine.Building;

/// <summary>Turns one part of the template (or the charter) into desired objects. One builder per concern.</summary>
public interface IResourceBuilder
{
    /// <summary>The desired objects, with their token errors attached.</summary>
    IEnumerable<BuiltResource> Build(BuildContext context);
}

/// <summary>A desired object with the level it belongs to and the token errors met building it.</summary>
public sealed record BuiltResource(DesiredResource Resource, int Level, IReadOnlyList<Tokens.TokenError> TokenErrors)
{
    /// <summary>A resource at its kind's default level.</summary>
    public static BuiltResource At(DesiredResource resource, TokenScope scope, int? level = null) =>
        new(resource, level ?? DependencyLevels.Of(resource.Key.Kind), scope.Errors.ToArray());
}
