using System.Text;
using System.Text.RegularExpressions;

namespace CopSites.Provisioning.Templates.Validation;

/// <summary>
/// What SharePoint Online would refuse, or silently rewrite, in a template's names and paths, found before any write:
/// invalid internal names, navigation titles SharePoint rejects, duplicate list titles and URLs, URLs over SharePoint's
/// length limits, names that are not valid or normalised Unicode, and parameters that refer to each other in a cycle.
/// Each problem names file, line, element and the fix.
/// </summary>
public static partial class TemplateRules
{
    /// <summary>SharePoint's limit on a decoded server-relative path (characters).</summary>
    public const int MaxPathLength = 400;

    /// <summary>SharePoint's limit on one segment of a path (a file, folder or list URL name).</summary>
    public const int MaxSegmentLength = 255;

    /// <summary>The longest internal name a column may have.</summary>
    public const int MaxInternalNameLength = 255;

    /// <summary>The longest navigation node title.</summary>
    public const int MaxNavigationTitleLength = 255;

    /// <summary>Every problem of <paramref name="template"/>, given the parameters of its file.</summary>
    /// <param name="template">The template to check.</param>
    /// <param name="parameters">The file's parameters (and the charter's, which override them).</param>
    /// <param name="siteServerRelativeUrl">The site's path (e.g. <c>/sites/urban-mobility</c>), which counts toward path lengths.</param>
    public static IReadOnlyList<string> Check(ProvisioningTemplate template, IReadOnlyDictionary<string, string> parameters, string siteServerRelativeUrl = "/sites/x")
    {
        var problems = new List<string>();
        void Problem(SourceLocation at, string element, string message) => problems.Add($"{at}: {element}: {message}");

        foreach (var field in template.SiteFields.Concat(template.Lists.SelectMany(l => l.Fields)))
        {
            var element = $"Field[@Name='{field.Name}']";
            foreach (var name in new[] { field.Name, field.StaticName }.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (InternalNameProblem(name) is { } why)
                {
                    Problem(field.Location, element, $"internal name '{name}' {why}; use letters, digits and '_' (encode others as _xHHHH_), starting with a letter or '_'");
                }
            }
        }

        var titles = new Dictionary<string, ListInstance>(StringComparer.OrdinalIgnoreCase);
        var urls = new Dictionary<string, ListInstance>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in template.Lists)
        {
            var element = $"ListInstance[@Title='{list.Title}']";
            if (!titles.TryAdd(list.Title.Trim(), list))
            {
                Problem(list.Location, element, $"a second list titled '{list.Title}' (the first is at line {titles[list.Title.Trim()].Location.Line}); SharePoint keeps one list per title, so give each list its own title");
            }

            var url = list.Url.Trim('/');
            if (!urls.TryAdd(url, list))
            {
                Problem(list.Location, element, $"URL '{list.Url}' is already used by list '{urls[url].Title}' (line {urls[url].Location.Line}); give each list its own URL");
            }

            if (!url.Contains('{', StringComparison.Ordinal))
            {
                var path = siteServerRelativeUrl.TrimEnd('/') + "/" + url;
                if (path.Length > MaxPathLength)
                {
                    Problem(list.Location, element, $"URL '{Shorten(list.Url)}' makes a path of {path.Length} characters; SharePoint's limit is {MaxPathLength}: shorten it");
                }

                foreach (var segment in url.Split('/').Where(s => s.Length > MaxSegmentLength))
                {
                    Problem(list.Location, element, $"URL segment '{Shorten(segment)}' has {segment.Length} characters; SharePoint's limit is {MaxSegmentLength}: shorten it");
                }
            }

            CheckName(list.Location, element, "title", list.Title, Problem);
        }

        foreach (var contentType in template.ContentTypes)
        {
            CheckName(contentType.Location, $"ContentType[@ID='{contentType.Id}']", "name", contentType.Name, Problem);
        }

        foreach (var node in Nodes(template.Navigation?.QuickLaunch?.Nodes).Concat(Nodes(template.Navigation?.TopNavigationBar?.Nodes)))
        {
            var element = $"NavigationNode[@Title='{node.Title}']";
            if (node.Title.Trim().Length == 0)
            {
                Problem(node.Location, element, "the title is empty; SharePoint needs a title for every node");
            }
            else if (node.Title.IndexOfAny(['/', '\\']) >= 0)
            {
                Problem(node.Location, element, $"title '{node.Title}' contains '/' or '\\', which SharePoint refuses in a navigation title; use another character (e.g. '-' or '&')");
            }
            else if (node.Title.Length > MaxNavigationTitleLength)
            {
                Problem(node.Location, element, $"the title has {node.Title.Length} characters; SharePoint's limit is {MaxNavigationTitleLength}");
            }

            CheckName(node.Location, element, "title", node.Title, Problem);
            if (node.Url is { Length: > MaxPathLength + 100 } longUrl)
            {
                Problem(node.Location, element, $"the URL has {longUrl.Length} characters; SharePoint's limit for a navigation URL is {MaxPathLength + 100}");
            }
        }

        problems.AddRange(ParameterCycles(parameters));
        return problems;
    }

    /// <summary>Why <paramref name="name"/> cannot be a column's internal name, or null when it can.</summary>
    public static string? InternalNameProblem(string name) =>
        name.Length == 0 ? "is empty"
        : name.Length > MaxInternalNameLength ? $"has {name.Length} characters (the limit is {MaxInternalNameLength})"
        : name.Contains('{', StringComparison.Ordinal) ? null // a token, checked once resolved
        : !InternalName().IsMatch(name) ? "contains characters SharePoint does not allow in an internal name"
        : null;

    private static void CheckName(SourceLocation at, string element, string what, string name, Action<SourceLocation, string, string> problem)
    {
        if (name.Any(c => char.IsSurrogate(c)) && !IsWellFormed(name))
        {
            problem(at, element, $"the {what} holds a broken UTF-16 surrogate; retype it");
        }
        else if (name.Any(c => char.IsControl(c)))
        {
            problem(at, element, $"the {what} holds a control character; remove it");
        }
        else if (!name.IsNormalized(NormalizationForm.FormC))
        {
            problem(at, element, $"the {what} '{name}' is not in Unicode normal form C (a letter and its accent are stored apart, so it would not match the same name typed elsewhere); retype it or normalise the file to NFC");
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> ParameterCycles(IReadOnlyDictionary<string, string> parameters)
    {
        var references = parameters.ToDictionary(
            p => p.Key,
            p => ParameterToken().Matches(p.Value).Select(m => m.Groups[1].Value).Where(parameters.ContainsKey).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var start in references.Keys.Order(StringComparer.OrdinalIgnoreCase))
        {
            // Depth-first with an explicit stack: parameters can be many, and recursion is what hostile input exploits.
            var path = new List<string>();
            var onPath = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var stack = new Stack<(string Key, int Next)>();
            stack.Push((start, 0));
            path.Add(start);
            onPath.Add(start);
            while (stack.Count > 0)
            {
                var (key, next) = stack.Pop();
                var targets = references[key];
                if (next >= targets.Length)
                {
                    onPath.Remove(key);
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                stack.Push((key, next + 1));
                var target = targets[next];
                if (onPath.Contains(target))
                {
                    var cycle = path.SkipWhile(k => !string.Equals(k, target, StringComparison.OrdinalIgnoreCase)).Append(target).ToArray();
                    if (reported.Add(string.Join('>', cycle.Order(StringComparer.OrdinalIgnoreCase))))
                    {
                        yield return $"parameters refer to each other in a cycle ({string.Join(" -> ", cycle.Select(k => "{parameter:" + k + "}"))}), so none can be resolved; give one of them a plain value";
                    }
                }
                else if (path.Count < 1000)
                {
                    stack.Push((target, 0));
                    path.Add(target);
                    onPath.Add(target);
                }
            }
        }
    }

    private static IEnumerable<NavigationNode> Nodes(IEnumerable<NavigationNode>? nodes)
    {
        var pending = new Stack<NavigationNode>((nodes ?? []).Reverse());
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            foreach (var child in node.Children.Reverse())
            {
                pending.Push(child);
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex InternalName();

    [GeneratedRegex(@"\{parameter:([^}]+)\}", RegexOptions.IgnoreCase)]
    private static partial Regex ParameterToken();
}
