using System.Globalization;
using System.Xml.Linq;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Small builders the writer uses: 2022-09 element names and attributes that vanish when unset.</summary>
internal static class XmlParts
{
    public static readonly XNamespace Pnp = PnpNamespaces.V202209;

    public static XElement E(string name, params object?[] content) => new(Pnp + name, content);

    /// <summary>An element only when it would have content; schema lists need at least one item.</summary>
    public static XElement? NonEmpty<T>(string name, IReadOnlyCollection<T> items, Func<T, object> map) =>
        items.Count == 0 ? null : E(name, items.Select(map));

    public static XAttribute? A(string name, string? value) => value is null ? null : new XAttribute(name, value);

    public static XAttribute? A(string name, bool? value) => value is null ? null : new XAttribute(name, value.Value ? "true" : "false");

    public static XAttribute? A(string name, int? value) =>
        value is null ? null : new XAttribute(name, value.Value.ToString(CultureInfo.InvariantCulture));

    public static XAttribute? A(string name, double? value) =>
        value is null ? null : new XAttribute(name, value.Value.ToString("R", CultureInfo.InvariantCulture));

    public static XAttribute? A(string name, Guid? value) => value is null ? null : new XAttribute(name, value.Value.ToString("D"));

    public static IEnumerable<XElement> Properties(IEnumerable<TemplateProperty> properties, string itemName = "Property") =>
        properties.Select(p => E(itemName, A("Key", p.Key), A("Value", p.Value)));

    public static XElement Users(string name, UserList users) =>
        E(name, A("ClearExistingItems", users.ClearExistingItems), users.Users.Select(u => E("User", A("Name", u))));

    /// <summary>Re-creates kept CAML so it is written exactly as it was read.</summary>
    public static XElement Raw(string schemaXml) => SafeXml.ParseElement(schemaXml);
}
