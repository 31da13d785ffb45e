using System.Reflection;

namespace CopSites.LocalTenant.Hosting;

/// <summary>
/// Finds the route and endpoint modules in this assembly. Discovery (rather than a hand-kept list) lets each resource
/// family live in its own folder without a shared registration file to edit.
/// </summary>
internal static class ModuleDiscovery
{
    public static IEnumerable<T> Create<T>() => typeof(ModuleDiscovery).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(T).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (T)Activator.CreateInstance(t)!);
}
