using System.Text;

namespace CopSites.Benchmarks.Hostile;

/// <summary>
/// Writes the heavy hostile inputs of issue 6 (each about 20 MB unless the attack needs less) from the standard
/// template and the example charter, so they stay realistic around the attack.
/// </summary>
internal static class HostileCases
{
    private const int TargetBytes = 20 * 1024 * 1024;

    public static IReadOnlyList<HostileCase> Write(string folder, string template, string charter)
    {
        var xml = File.ReadAllText(template);
        var yaml = File.ReadAllText(charter);
        var cases = new List<HostileCase>();

        void Template(string name, string what, string text) =>
            cases.Add(new HostileCase(name, what, Save(folder, name + ".xml", text), ["validate", "--template", Path.Combine(folder, name + ".xml")]));

        void Charter(string name, string what, string text) =>
            cases.Add(new HostileCase(name, what, Save(folder, name + ".yaml", text),
                ["validate", "--template", template, "--charter", Path.Combine(folder, name + ".yaml")]));

        Template("deep-caml", "a field whose CAML nests 100,000 elements deep",
            InsertField(xml, "<Field ID=\"{0e2d0c7e-1b55-4a8f-9d8e-1f1f1f1f1f1f}\" Name=\"Deep\" Type=\"Text\">" + Repeat("<a>", 100_000) + Repeat("</a>", 100_000) + "</Field>"));
        Template("wide-template", "20 MB of fields under the element limit (900,000 empty elements)",
            InsertField(xml, "<Field ID=\"{0e2d0c7e-1b55-4a8f-9d8e-2f2f2f2f2f2f}\" Name=\"Wide\" Type=\"Text\">" + Repeat("<b x=\"" + new string('w', 8) + "\"/>", 900_000) + "</Field>"));
        Template("million-elements", "more elements than the limit (1,500,000)",
            InsertField(xml, "<Field ID=\"{0e2d0c7e-1b55-4a8f-9d8e-3f3f3f3f3f3f}\" Name=\"Many\" Type=\"Text\">" + Repeat("<c/>", 1_500_000) + "</Field>"));
        Template("million-tokens", "1,000,000 unknown tokens in one description",
            xml.Replace("Description=\"The interaction format", "Description=\"" + Repeat("{bogus:x}", 1_000_000) + "The interaction format", StringComparison.Ordinal));
        Template("deep-tokens", "100,000 tokens nested in each other's arguments",
            xml.Replace("Description=\"The interaction format", "Description=\"" + Repeat("{parameter:", 100_000) + "x" + new string('}', 100_000) + "The interaction format", StringComparison.Ordinal));
        Template("huge-attribute", "one 20 MB attribute value",
            xml.Replace("Description=\"The interaction format", "Description=\"" + new string('h', TargetBytes) + "The interaction format", StringComparison.Ordinal));
        Template("entity-bomb", "a billion-laughs DTD (ten levels of ten)",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [" + LaughEntities() + "]>\n" + xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..].Replace("Description=\"The interaction format", "Description=\"&lol9;", StringComparison.Ordinal));
        Charter("deep-charter", "a 200 KB charter nesting 100,000 flow sequences",
            "name: " + Repeat("[", 100_000) + Repeat("]", 100_000) + "\n");
        Charter("huge-charter", "a 20 MB charter",
            yaml + "\n# " + new string('y', TargetBytes) + "\n");
        Charter("alias-bomb", "a YAML alias bomb (nine levels of nine)",
            AliasBomb());
        return cases;
    }

    private static string InsertField(string xml, string field)
    {
        const string anchor = "<Field ID=\"{d3259852-178e-52a4-87bc-f055823fd247}\"";
        var at = xml.IndexOf(anchor, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("The standard template no longer has the CopEventFormat field the hostile cases are placed beside.");
        }

        return xml.Insert(at, field + "\n");
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string LaughEntities()
    {
        var builder = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            builder.Append($"<!ENTITY lol{i} \"{Repeat($"&lol{i - 1};", 10)}\">");
        }

        return builder.ToString();
    }

    private static string AliasBomb()
    {
        var builder = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            builder.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        return builder.Append("name: *a9\n").ToString();
    }

    private static string Save(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
