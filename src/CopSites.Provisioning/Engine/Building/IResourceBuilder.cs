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
    /// <summary>A resource at its kind's default level, or at <paramref name="level"/> when it depends on more.</summary>
    public static BuiltResource At(DesiredResource resource, TokenScope scope, int? level = null)
    {
        var resolved = level ?? DependencyLevels.Of(resource.Key.Kind);
        if (resolved > DependencyLevels.Deepest)
        {
            // The engine never runs that level, so the resource would silently never be written.
            scope.Fail(BuildErrorKind.TooDeep, $"{resource.Key} needs dependency level {resolved}; the engine runs levels 0 to {DependencyLevels.Deepest}");
        }

        return new(resource, resolved, scope.Errors.ToArray());
    }
}
