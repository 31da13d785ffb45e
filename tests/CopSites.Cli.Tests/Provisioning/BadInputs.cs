namespace CopSites.Cli.Tests.Provisioning;

/// <summary>One way to get the inputs wrong, and what the message must say (file and line, element, the wrong value).</summary>
/// <param name="Name">The case, for the test name.</param>
/// <param name="Template">The template file.</param>
/// <param name="Charter">The charter file.</param>
/// <param name="Alias">The CoP the charter names (its group must not appear).</param>
/// <param name="Expected">Fragments the message must contain.</param>
public sealed record BadInput(string Name, string Template, string Charter, string Alias, IReadOnlyList<string> Expected)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The standard template and a charter, each broken in one of the ways issue 3 names, written to a temp folder.</summary>
internal static class BadInputs
{
    public const string Alias = "bad-input-cop";
    public const string CharterAlias = "bad-charter-cop";

    private static readonly Lazy<IReadOnlyDictionary<string, BadInput>> Cases = new(Write);

    public static IEnumerable<object[]> Names => Cases.Value.Keys.Select(k => new object[] { k });

    public static BadInput Get(string name) => Cases.Value[name];

    private static IReadOnlyDictionary<string, BadInput> Write()
    {
        var folder = Path.Combine(Path.GetTempPath(), "copsites-cli-bad-inputs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var standard = File.ReadAllText(Repository.StandardTemplate);
        var charterText = File.ReadAllText(Repository.Charter("urban-mobility"));
        var charter = Save(folder, "charter.yaml", charterText.Replace("alias: urban-mobility", "alias: " + Alias, StringComparison.Ordinal));
        var cases = new List<BadInput>();

        void Template(string name, string find, string replace, Func<string, int, string[]> expected)
        {
            standard.ShouldContain(find);
            var path = Save(folder, name + ".xml", standard.Replace(find, replace, StringComparison.Ordinal));
            cases.Add(new BadInput(name, path, charter, Alias, expected(path, LineOf(path, replace))));
        }

        Template("malformed-xml", "<pnp:WebSettings Title=\"{parameter:CopName}\"", "<pnp:WebSettings Title=\"{parameter:CopName}",
            (path, line) => [$"{path}:{line}:", "Malformed XML"]);
        Template("wrong-namespace", "http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema", "http://example.com/not-pnp/2022",
            (path, line) => [$"{path}:{line}:", "'http://example.com/not-pnp/2022', which is not a PnP provisioning schema"]);
        Template("unknown-token", "Title=\"Usage and value\" Layout=\"Article\"", "Title=\"{nosuchtoken:Foo}\" Layout=\"Article\"",
            (path, line) => ["Unknown token '{nosuchtoken:Foo}'", "template 'COP-WORKSPACE'", "ClientSidePage", $"{path}:{line}:"]);
        Template("undeclared-parameter", "Title=\"Usage and value\" Layout=\"Article\"", "Title=\"{parameter:CopMotto}\" Layout=\"Article\"",
            (path, line) => ["'{parameter:CopMotto}'", "no parameter 'CopMotto' is declared", "ClientSidePage[@PageName='Usage']", $"{path}:{line}:"]);
        Template("unknown-list", "List=\"{listid:Events}\"", "List=\"{listid:Nope}\"",
            (path, line) => ["'{listid:Nope}'", "no list or view 'Nope'", "Field[@Name='CopSourceEvent']", $"{path}:{line}:"]);
        Template("unsupported-field-type", "Type=\"Lookup\" Group=\"Community of Practice\" Description=\"The session", "Type=\"Geolocation\" Group=\"Community of Practice\" Description=\"The session",
            (path, line) => ["'Geolocation', which has no Graph column facet", "Field[@Name='CopSourceEvent']", $"{path}:{line}:"]);
        Template("unsupported-web-part", "WebPartType=\"QuickLinks\"", "WebPartType=\"Twitter\"",
            (path, _) => ["web part type 'Twitter'", "ClientSidePage[@PageName='Home']", $"{path}:{LineOf(path, "PageName=\"Home\"")}:"]);

        // Issue 6: a template may upload only files from its own folder; nothing outside it is read or published.
        Template("file-absolute-path", "</pnp:Lists>", "</pnp:Lists><pnp:Files><pnp:File Src=\"/etc/passwd\" Folder=\"SiteAssets\" /></pnp:Files>",
            (path, line) => ["source file '/etc/passwd' is refused", "absolute paths are not allowed", $"{path}:{line}:"]);
        Template("file-path-traversal", "</pnp:Lists>", "</pnp:Lists><pnp:Files><pnp:File Src=\"../../../../../../../../etc/passwd\" Folder=\"SiteAssets\" /></pnp:Files>",
            (path, line) => ["source file '../../../../../../../../etc/passwd' is refused", "leaves the template's folder", $"{path}:{line}:"]);

        // Issue 6: what SharePoint would refuse only after ~155 writes is found before the first.
        Template("content-type-unknown-parent", "ID=\"0x010100C236346E7922526189F783CFA12D459F\"", "ID=\"0x0199EE00C236346E7922526189F783CFA12D459F\"",
            (path, line) => ["derives from '0x0199EE'", "neither a content type of the template, a built-in SharePoint content type nor one the site has", $"{path}:{line}:"]);
        Template("invalid-internal-name", "Name=\"CopEventFormat\" StaticName=\"CopEventFormat\"", "Name=\"Cop Event/Format\" StaticName=\"CopEventFormat\"",
            (path, line) => ["internal name 'Cop Event/Format' contains characters SharePoint does not allow", $"{path}:{line}:"]);
        Template("navigation-title-slash", "<pnp:NavigationNode Title=\"Forum\"", "<pnp:NavigationNode Title=\"Forum / Q&amp;A\"",
            (path, line) => ["title 'Forum / Q&A' contains '/'", $"{path}:{line}:"]);
        Template("duplicate-list-title", "<pnp:ListInstance Title=\"Forum\" Url=\"Lists/CopForum\"", "<pnp:ListInstance Title=\"Toolkit\" Url=\"Lists/CopForum\"",
            (path, line) => ["a second list titled 'Toolkit'", $"{path}:{line}:"]);
        Template("list-url-too-long", "Url=\"Lists/CopForum\"", $"Url=\"Lists/{new string('f', 400)}\"",
            (path, line) => ["SharePoint's limit is 400", $"{path}:{line}:"]);
        Template("non-normalised-name", "<pnp:ListInstance Title=\"Forum\"", "<pnp:ListInstance Title=\"Fo\u0301rum\"",
            (path, line) => ["is not in Unicode normal form C", $"{path}:{line}:"]);
        Template("parameter-cycle", "<pnp:Parameter Key=\"CopName\" Required=\"true\">", "<pnp:Parameter Key=\"CycleA\">{parameter:CycleB}</pnp:Parameter><pnp:Parameter Key=\"CycleB\">{parameter:CycleA}</pnp:Parameter><pnp:Parameter Key=\"CopName\" Required=\"true\">",
            (_, _) => ["parameters refer to each other in a cycle", "{parameter:CycleA} -> {parameter:CycleB} -> {parameter:CycleA}"]);

        charterText.ShouldContain("participation: open");
        var badCharter = Save(folder, "bad-charter.yaml", charterText.Replace("participation: open", "participation: sometimes", StringComparison.Ordinal)
            .Replace("alias: urban-mobility", "alias: " + CharterAlias, StringComparison.Ordinal));
        cases.Add(new BadInput("bad-charter", Repository.StandardTemplate, badCharter, CharterAlias,
            [$"{badCharter}({LineOf(badCharter, "participation: sometimes")},", "participation: unknown value 'sometimes'", "open, closed, moderated"]));
        return cases.ToDictionary(c => c.Name);
    }

    private static string Save(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static int LineOf(string path, string text) =>
        File.ReadLines(path).Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;
}
