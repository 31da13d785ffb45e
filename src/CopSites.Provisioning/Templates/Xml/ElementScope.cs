using System.Globalization;
using System.Xml.Linq;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>
/// Reads one element for a mapper and remembers which attributes and children were used, so that
/// everything left over is reported as unsupported instead of being dropped silently.
/// </summary>
internal sealed class ElementScope(XElement element, ReadContext context)
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private readonly HashSet<XName> _read = [];

    public XElement Element { get; } = element;

    public ReadContext Context { get; } = context;

    public SourceLocation Location => Context.LocationOf(Element);

    public string? String(string name)
    {
        _read.Add(name);
        return Element.Attribute(name)?.Value;
    }

    public string Required(string name)
    {
        var value = String(name);
        if (value is null)
        {
            var subject = $"{Context.DisplayName(Element)}/@{name}";
            Context.Report(DiagnosticSeverity.Error, TemplateDiagnosticCode.MissingAttribute, subject,
                $"Required attribute '{name}' is missing on '{Context.DisplayName(Element)}' at {Location}.", Location);
        }

        return value ?? string.Empty;
    }

    public bool? Bool(string name) => Parse(name, "boolean", text => text.ToLowerInvariant() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => (bool?)null,
    });

    public int? Int(string name) =>
        Parse(name, "integer", text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null);

    public double? Double(string name) =>
        Parse(name, "number", text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null);

    public Guid? Guid(string name) =>
        Parse(name, "GUID", text => System.Guid.TryParse(text, out var v) ? v : (Guid?)null);

    /// <summary>
    /// Hands each child element to the handler registered for its local name (in the template's
    /// namespace); children without a handler are reported as unsupported.
    /// </summary>
    public void Children(IReadOnlyDictionary<string, Action<ElementScope>> handlers)
    {
        foreach (var child in Element.Elements())
        {
            if (child.Name.Namespace == Context.Pnp && handlers.TryGetValue(child.Name.LocalName, out var handler))
            {
                Read(child, handler);
            }
            else
            {
                Context.ReportUnsupported(child);
            }
        }
    }

    /// <summary>Reads a child with a fresh scope and reports its unused attributes afterwards.</summary>
    public T Read<T>(XElement child, Func<ElementScope, T> map)
    {
        var scope = new ElementScope(child, Context);
        var result = map(scope);
        scope.ReportUnreadAttributes();
        return result;
    }

    private void Read(XElement child, Action<ElementScope> handler) => Read<object?>(child, s =>
    {
        handler(s);
        return null;
    });

    public void ReportUnreadAttributes()
    {
        foreach (var attribute in Element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name.Namespace == Xsi || _read.Contains(attribute.Name))
            {
                continue;
            }

            var subject = $"{Context.DisplayName(Element)}/@{attribute.Name.LocalName}";
            var location = Context.LocationOf(attribute);
            Context.Report(DiagnosticSeverity.Warning, TemplateDiagnosticCode.UnsupportedAttribute, subject,
                $"Attribute '{attribute.Name.LocalName}' on '{Context.DisplayName(Element)}' at {location} is not supported by CopSites and will not be provisioned.",
                location);
        }
    }

    private T? Parse<T>(string name, string kind, Func<string, T?> parse)
        where T : struct
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        var value = parse(text.Trim());
        if (value is null)
        {
            var location = Context.LocationOf(Element.Attribute(name)!);
            Context.Report(DiagnosticSeverity.Error, TemplateDiagnosticCode.InvalidValue, $"{Context.DisplayName(Element)}/@{name}",
                $"Attribute '{name}' on '{Context.DisplayName(Element)}' at {location} has value '{text}', which is not a valid {kind}.", location);
        }

        return value;
    }
}
