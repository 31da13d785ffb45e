using System.IO.Compression;
using System.Xml.Linq;

namespace CopSites.LocalTenant.Tests.Contract;

/// <summary>
/// The Graph v1.0 CSDL (full, from graph-v1.0-cleanMetadata.csdl.xml.gz): entity and complex types with their
/// properties and navigation properties (base types included), entity sets and bound functions.
/// </summary>
internal sealed class CsdlModel
{
    private static readonly string[] Namespaces = ["microsoft.graph", "microsoft.graph.termStore"];
    private readonly Dictionary<string, CsdlType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _entitySets = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Name, string BindingType, string ReturnType)> _functions = [];

    public static CsdlModel Load()
    {
        using var stream = new GZipStream(File.OpenRead(ReferencePaths.Graph("graph-v1.0-cleanMetadata.csdl.xml.gz")), CompressionMode.Decompress);
        var document = XDocument.Load(stream);
        var model = new CsdlModel();
        foreach (var schema in document.Descendants().Where(e => e.Name.LocalName == "Schema"))
        {
            var ns = (string)schema.Attribute("Namespace")!;
            if (!Namespaces.Contains(ns))
            {
                continue;
            }

            foreach (var type in schema.Elements().Where(e => e.Name.LocalName is "EntityType" or "ComplexType"))
            {
                var name = ns + "." + (string)type.Attribute("Name")!;
                model._types[name] = new CsdlType(
                    name,
                    Qualify((string?)type.Attribute("BaseType")),
                    (string?)type.Attribute("OpenType") == "true",
                    type.Elements().Where(e => e.Name.LocalName is "Property" or "NavigationProperty")
                        .ToDictionary(e => (string)e.Attribute("Name")!, e => Qualify((string)e.Attribute("Type")!)!, StringComparer.Ordinal));
            }

            foreach (var function in schema.Elements().Where(e => e.Name.LocalName is "Function" or "Action"))
            {
                var binding = function.Elements().FirstOrDefault(e => e.Name.LocalName == "Parameter");
                var returns = function.Elements().FirstOrDefault(e => e.Name.LocalName == "ReturnType");
                if (binding is not null)
                {
                    model._functions.Add(((string)function.Attribute("Name")!, Qualify((string)binding.Attribute("Type")!)!, Qualify((string?)returns?.Attribute("Type")) ?? ""));
                }
            }

            foreach (var set in schema.Descendants().Where(e => e.Name.LocalName is "EntitySet" or "Singleton"))
            {
                model._entitySets[(string)set.Attribute("Name")!] = Qualify((string?)set.Attribute("EntityType") ?? (string)set.Attribute("Type")!)!;
            }
        }

        return model;
    }

    public string? EntitySet(string name) => _entitySets.GetValueOrDefault(name);

    public CsdlType? Type(string qualifiedName) => _types.GetValueOrDefault(ElementType(qualifiedName));

    /// <summary>The type of a property (structural or navigation) on a type or its base types.</summary>
    public string? PropertyType(string typeName, string property)
    {
        for (var type = Type(typeName); type is not null; type = type.BaseType is null ? null : Type(type.BaseType))
        {
            if (type.Properties.TryGetValue(property, out var propertyType))
            {
                return propertyType;
            }
        }

        return null;
    }

    public bool IsOpen(string typeName)
    {
        for (var type = Type(typeName); type is not null; type = type.BaseType is null ? null : Type(type.BaseType))
        {
            if (type.IsOpen)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="derived"/> is <paramref name="baseName"/> or derives from it.</summary>
    public bool IsA(string derived, string baseName)
    {
        for (var type = Type(derived); type is not null; type = type.BaseType is null ? null : Type(type.BaseType))
        {
            if (type.Name == ElementType(baseName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The return type of a bound function or action named <paramref name="name"/> on <paramref name="bindingType"/> (or a base type).</summary>
    public string? FunctionReturn(string bindingType, string name) =>
        _functions.FirstOrDefault(f => f.Name == name && (ElementType(f.BindingType) == ElementType(bindingType) || IsA(bindingType, f.BindingType))
            && f.BindingType.StartsWith("Collection(", StringComparison.Ordinal) == bindingType.StartsWith("Collection(", StringComparison.Ordinal)) is { Name: not null } f
            ? f.ReturnType
            : null;

    public static string ElementType(string type) =>
        type.StartsWith("Collection(", StringComparison.Ordinal) ? type["Collection(".Length..^1] : type;

    private static string? Qualify(string? type)
    {
        if (type is null)
        {
            return null;
        }

        if (type.StartsWith("Collection(", StringComparison.Ordinal))
        {
            return "Collection(" + Qualify(type["Collection(".Length..^1]) + ")";
        }

        return type.StartsWith("graph.", StringComparison.Ordinal) ? "microsoft." + type : type;
    }
}

/// <summary>One entity or complex type.</summary>
internal sealed record CsdlType(string Name, string? BaseType, bool IsOpen, IReadOnlyDictionary<string, string> Properties);
