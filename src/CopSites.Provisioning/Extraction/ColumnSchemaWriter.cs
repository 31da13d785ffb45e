using System.Text.Json.Nodes;
using System.Xml.Linq;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Templates;
using static CopSites.Provisioning.Extraction.SiteIndex;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// A Graph <c>columnDefinition</c> as a SharePoint <c>&lt;Field&gt;</c>: the reverse of the engine's
/// <c>FieldColumnMapper</c>, so that building the field again gives back the column. Lookups name their list as
/// <c>{listid:Title}</c> and taxonomy columns their term set as <c>{termsetid:Group:Set}</c>, so the template works on
/// any site. Type facets a field cannot express (geolocation, thumbnail, approval status) are left out with a note.
/// </summary>
internal static class ColumnSchemaWriter
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Xsd = "http://www.w3.org/2001/XMLSchema";

    /// <summary>The field, or null (with a note) when its type has no field equivalent.</summary>
    /// <param name="column">The column as the tenant returns it.</param>
    /// <param name="index">The site, for lookup lists and term sets.</param>
    /// <param name="notes">Where notes go.</param>
    /// <param name="owner">How notes name the column's owner ("site column", "list 'Events'").</param>
    public static FieldDefinition? Field(JsonObject column, SiteIndex index, ExtractionNotes notes, string owner)
    {
        var name = Text(column, "name") ?? "";
        var where = $"{owner} column '{name}'";
        var field = new XElement("Field",
            Guid.TryParse(Text(column, "id"), out var id) ? new XAttribute("ID", id.ToString("B")) : null,
            new XAttribute("Name", name),
            new XAttribute("StaticName", name),
            new XAttribute("DisplayName", notes.Literal(Text(column, "displayName") ?? name, where)));
        if (!AddFacet(field, column, index, notes, where))
        {
            return null;
        }

        if (Text(column, "columnGroup") is { Length: > 0 } group)
        {
            field.Add(new XAttribute("Group", notes.Literal(group, where)));
        }

        if (Text(column, "description") is { Length: > 0 } description)
        {
            field.Add(new XAttribute("Description", notes.Literal(description, where)));
        }

        field.Add(new XAttribute("Required", FieldXml.Caml(Flag(column, "required") == true)));
        foreach (var (property, attribute) in new[] { ("hidden", "Hidden"), ("indexed", "Indexed"), ("enforceUniqueValues", "EnforceUniqueValues") })
        {
            if (Flag(column, property) == true)
            {
                field.Add(new XAttribute(attribute, "TRUE"));
            }
        }

        if (Text(column["defaultValue"], "value") is { Length: > 0 } value)
        {
            field.AddFirst(new XElement("Default", notes.Literal(value, where)));
        }

        // Attributes first, then children in the order SharePoint writes them.
        var children = field.Elements().OrderBy(e => e.Name.LocalName switch { "Default" => 0, "CHOICES" => 1, "Formula" => 2, _ => 3 }).ToList();
        field.RemoveNodes();
        field.Add(children);
        return FieldXml.Definition(field);
    }

    private static bool AddFacet(XElement field, JsonObject column, SiteIndex index, ExtractionNotes notes, string where)
    {
        if (column["text"] is JsonObject text)
        {
            TextFacet(field, text);
        }
        else if (column["choice"] is JsonObject choice)
        {
            ChoiceFacet(field, choice);
        }
        else if (column["number"] is JsonObject number)
        {
            NumberFacet(field, number);
        }
        else if (column["currency"] is JsonObject currency)
        {
            field.Add(new XAttribute("Type", "Currency"));
            if (Text(currency, "locale") is { } locale && !locale.Equals(LanguageTags.Default, StringComparison.OrdinalIgnoreCase) && Lcids.Of(locale) is { } lcid)
            {
                field.Add(new XAttribute("LCID", lcid));
            }
        }
        else if (column["dateTime"] is JsonObject date)
        {
            field.Add(new XAttribute("Type", "DateTime"), new XAttribute("Format", Text(date, "format") == "dateOnly" ? "DateOnly" : "DateTime"));
        }
        else if (column["boolean"] is JsonObject)
        {
            field.Add(new XAttribute("Type", "Boolean"));
        }
        else if (column["personOrGroup"] is JsonObject person)
        {
            var many = Flag(person, "allowMultipleSelection") == true;
            field.Add(new XAttribute("Type", many ? "UserMulti" : "User"),
                new XAttribute("UserSelectionMode", Text(person, "chooseFromType") == "peopleOnly" ? "PeopleOnly" : "PeopleAndGroups"),
                many ? new XAttribute("Mult", "TRUE") : null);
        }
        else if (column["lookup"] is JsonObject lookup)
        {
            LookupFacet(field, lookup, index, notes, where);
        }
        else if (column["hyperlinkOrPicture"] is JsonObject link)
        {
            field.Add(new XAttribute("Type", "URL"), new XAttribute("Format", Flag(link, "isPicture") == true ? "Image" : "Hyperlink"));
        }
        else if (column["term"] is JsonObject term)
        {
            TaxonomyFacet(field, term, index, notes, where);
        }
        else if (column["calculated"] is JsonObject calculated)
        {
            CalculatedFacet(field, calculated, notes, where);
        }
        else
        {
            var facet = new[] { "geolocation", "thumbnail", "contentApprovalStatus" }.FirstOrDefault(f => column[f] is JsonObject) ?? "unknown";
            notes.Warn($"{where} has type '{facet}', which a template field cannot express (and the engine cannot create); it is left out.");
            return false;
        }

        return true;
    }

    private static void ChoiceFacet(XElement field, JsonObject choice)
    {
        var multi = Text(choice, "displayAs") == "checkBoxes";
        field.Add(new XAttribute("Type", multi ? "MultiChoice" : "Choice"),
            multi ? null : new XAttribute("Format", Text(choice, "displayAs") == "radioButtons" ? "RadioButtons" : "Dropdown"),
            new XAttribute("FillInChoice", FieldXml.Caml(Flag(choice, "allowTextEntry") == true)),
            new XElement("CHOICES", Choices(choice).Select(c => new XElement("CHOICE", c))));
    }

    private static IEnumerable<string> Choices(JsonObject choice) =>
        (choice["choices"] as JsonArray)?.Select(c => c?.ToString() ?? "") ?? [];

    private static void TextFacet(XElement field, JsonObject text)
    {
        if (Flag(text, "allowMultipleLines") != true)
        {
            field.Add(new XAttribute("Type", "Text"));
            if (text["maxLength"] is JsonValue max && max.TryGetValue<int>(out var length))
            {
                field.Add(new XAttribute("MaxLength", length));
            }

            return;
        }

        var rich = Text(text, "textType") == "richText";
        field.Add(new XAttribute("Type", "Note"));
        if (text["linesForEditing"] is JsonValue lines && lines.TryGetValue<int>(out var count) && count > 0)
        {
            field.Add(new XAttribute("NumLines", count));
        }

        field.Add(new XAttribute("RichText", FieldXml.Caml(rich)));
        if (rich)
        {
            field.Add(new XAttribute("RichTextMode", "FullHtml"));
        }

        if (Flag(text, "appendChangesToExistingText") == true)
        {
            field.Add(new XAttribute("AppendOnly", "TRUE"));
        }
    }

    private static void NumberFacet(XElement field, JsonObject number)
    {
        field.Add(new XAttribute("Type", "Number"));
        var decimals = Text(number, "decimalPlaces") switch
        {
            "none" => 0,
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            _ => (int?)null,
        };
        if (decimals is { } places)
        {
            field.Add(new XAttribute("Decimals", places));
        }

        if (Text(number, "displayAs") == "percentage")
        {
            field.Add(new XAttribute("Percentage", "TRUE"));
        }

        // Graph reports an unbounded column with the extremes of a double; those are no bound at all.
        foreach (var (property, attribute) in new[] { ("minimum", "Min"), ("maximum", "Max") })
        {
            if (number[property] is JsonValue v && v.TryGetValue<double>(out var bound) && Math.Abs(bound) < double.MaxValue / 2)
            {
                field.Add(new XAttribute(attribute, FieldXml.Caml(bound)));
            }
        }
    }

    private static void LookupFacet(XElement field, JsonObject lookup, SiteIndex index, ExtractionNotes notes, string where)
    {
        var many = Flag(lookup, "allowMultipleValues") == true;
        var listId = Text(lookup, "listId");
        var title = index.ListTitle(listId);
        if (title is null)
        {
            notes.Warn($"{where} looks up list {listId}, which is not a list of this site; the template keeps its id, which only works on this tenant.");
        }

        field.Add(new XAttribute("Type", many ? "LookupMulti" : "Lookup"),
            new XAttribute("List", title is null ? listId ?? "" : "{listid:" + title + "}"),
            new XAttribute("ShowField", Text(lookup, "columnName") ?? "Title"));
        if (many)
        {
            field.Add(new XAttribute("Mult", "TRUE"));
        }
    }

    private static void TaxonomyFacet(XElement field, JsonObject term, SiteIndex index, ExtractionNotes notes, string where)
    {
        var many = Flag(term, "allowMultipleValues") == true;
        var setId = Text(term["termSet"], "id");
        string termSet;
        if (index.TermSet(setId) is { } key)
        {
            index.UsedTermSets.Add(key);
            termSet = "{termsetid:" + key.Path.Replace('/', ':') + "}";
        }
        else
        {
            notes.Warn($"{where} uses term set {setId ?? "(none)"}, which this site's term store does not show; the template keeps its id.");
            termSet = setId ?? "";
        }

        field.Add(new XAttribute("Type", many ? "TaxonomyFieldTypeMulti" : "TaxonomyFieldType"));
        if (many)
        {
            field.Add(new XAttribute("Mult", "TRUE"));
        }

        field.Add(new XElement("Customization", new XElement("ArrayOfProperty",
            Property("SspId", "{sitecollectiontermstoreid}", "string"),
            Property("TermSetId", termSet, "string"),
            Property("IsPathRendered", Flag(term, "showFullyQualifiedName") == true ? "true" : "false", "boolean"))));
    }

    // The shape SharePoint itself writes, so PnP tools read the extracted field too.
    private static XElement Property(string name, string value, string type) => new("Property",
        new XElement("Name", name),
        new XElement("Value", new XAttribute(XNamespace.Xmlns + "q", Xsd.NamespaceName), new XAttribute(XNamespace.Xmlns + "p4", Xsi.NamespaceName),
            new XAttribute(Xsi + "type", "q:" + type), value));

    private static void CalculatedFacet(XElement field, JsonObject calculated, ExtractionNotes notes, string where)
    {
        var output = Text(calculated, "outputType") switch
        {
            "number" => "Number",
            "currency" => "Currency",
            "dateTime" => "DateTime",
            "boolean" => "Boolean",
            _ => "Text",
        };
        field.Add(new XAttribute("Type", "Calculated"), new XAttribute("ResultType", output));
        if (output == "DateTime")
        {
            field.Add(new XAttribute("Format", Text(calculated, "format") == "dateTime" ? "DateTime" : "DateOnly"));
        }

        field.Add(new XElement("Formula", notes.Literal(Text(calculated, "formula") ?? "", where)));
    }
}
