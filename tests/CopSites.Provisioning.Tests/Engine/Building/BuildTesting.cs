using System.Text.Json.Nodes;
using CopSites.Provisioning.Charters;
using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Tests.TestSupport;

namespace CopSites.Provisioning.Tests.Engine.Building;

/// <summary>Small templates, sites and contexts for builder tests.</summary>
internal static class BuildTesting
{
    public const string Ns2022 = "http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema";

    public static readonly SiteFacts Facts = new(
        "contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222",
        new Uri("https://contoso.sharepoint.com/sites/cop"), null, "CoP");

    public static string StandardTemplatePath => Path.Combine(ReferencePaths.RepositoryRoot, "provisioning-templates", "cop-workspace.xml");

    public static string CharterPath(string name) => Path.Combine(ReferencePaths.RepositoryRoot, "provisioning-templates", "charters", name);

    /// <summary>A template from the inside of a 2022-09 pnp:ProvisioningTemplate element.</summary>
    public static ProvisioningTemplate Template(string inner, string path = "t.xml")
    {
        var result = TemplateReading.ReadText($"""<pnp:ProvisioningTemplate ID="T" xmlns:pnp="{Ns2022}">{inner}</pnp:ProvisioningTemplate>""", path);
        result.Hierarchy.ShouldNotBeNull(string.Join(Environment.NewLine, result.Diagnostics));
        return result.Hierarchy.Templates.Single();
    }

    public static ProvisioningTemplate StandardTemplate() => TemplateReading.ReadModel(StandardTemplatePath).Templates.Single();

    public static Charter Charter(string name = "urban-mobility.yaml")
    {
        var result = CharterReader.Read(CharterPath(name));
        result.Succeeded.ShouldBeTrue(string.Join(Environment.NewLine, result.Errors));
        return result.Charter;
    }

    public static SiteState EmptySite => SiteState.Empty(Facts);

    public static BuildContext Context(ProvisioningTemplate template, SiteState? state = null, Charter? charter = null,
        IReadOnlyDictionary<string, string>? parameters = null)
    {
        state ??= EmptySite;
        return new BuildContext
        {
            Template = template,
            Charter = charter,
            Tokens = TokenContextFactory.From(state, parameters ?? new Dictionary<string, string>(), null),
            State = state,
            Options = new ProvisioningOptions(),
        };
    }

    public static List<BuiltResource> Build(IResourceBuilder builder, BuildContext context) => builder.Build(context).ToList();

    public static BuiltResource Single(this IEnumerable<BuiltResource> built, ResourceKind kind, string path) =>
        built.Where(b => b.Resource.Key == new ResourceKey(kind, path)).ShouldHaveSingleItem($"{kind} '{path}'");

    public static IEnumerable<string> Messages(this BuiltResource built) => built.TokenErrors.Select(e => e.Message);

    /// <summary>A resource the site has, with a GUID id and the given properties.</summary>
    public static ActualResource Actual(ResourceKind kind, string path, JsonObject? properties = null, Guid? id = null) =>
        new(new ResourceKey(kind, path), (id ?? Guid.NewGuid()).ToString("D"), properties ?? new JsonObject());

    /// <summary>
    /// The site as it would be after every builder's resources up to (not including) <paramref name="beforeLevel"/>
    /// were created: what the engine's state holds when it builds that level.
    /// </summary>
    public static SiteState Provisioned(ProvisioningTemplate template, int beforeLevel, Charter? charter = null,
        IReadOnlyDictionary<string, string>? parameters = null, IReadOnlyList<IResourceBuilder>? builders = null)
    {
        var state = EmptySite;
        for (var level = 0; level < beforeLevel; level++)
        {
            var context = Context(template, state, charter, parameters);
            var created = (builders ?? StandardBuilders.All).SelectMany(b => b.Build(context)).Where(b => b.Level == level)
                .Select(b => new ActualResource(b.Resource.Key, StableId(b.Resource.Key), Created(b.Resource)));
            state = state.With(created);
        }

        return state;
    }

    /// <summary>What the tenant would hold after creating a resource: its properties and create-only properties.</summary>
    public static JsonObject Created(DesiredResource resource)
    {
        var body = (JsonObject)resource.Properties.DeepClone();
        foreach (var (name, value) in resource.CreateOnly)
        {
            body[name] = value?.DeepClone();
        }

        return body;
    }

    private static string StableId(ResourceKey key) => Provisioning.Engine.Building.Pages.StableGuid.For(key.ToString()).ToString("D");
}
