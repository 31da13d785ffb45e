namespace CopSites.LocalTenant.Tests.Contract;

/// <summary>The SDK 5.90 URL templates (sdk-5.90.0-url-templates.tsv), normalised to the tenant's template syntax.</summary>
internal sealed class SdkRouteTable
{
    private readonly Dictionary<string, HashSet<string>> _methodsByTemplate = new(StringComparer.OrdinalIgnoreCase);

    private SdkRouteTable()
    {
    }

    public static SdkRouteTable Load()
    {
        var table = new SdkRouteTable();
        foreach (var line in File.ReadLines(ReferencePaths.Graph("sdk-5.90.0-url-templates.tsv")).Skip(1))
        {
            var columns = line.Split('\t');
            var template = Normalise(columns[0]);
            if (!table._methodsByTemplate.TryGetValue(template, out var methods))
            {
                table._methodsByTemplate[template] = methods = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            foreach (var method in columns.Length > 1 ? columns[1].Split(',', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                methods.Add(method);
            }
        }

        return table;
    }

    /// <summary>True when the SDK has this template; false with the reason otherwise.</summary>
    public bool Contains(string method, string template, out string reason)
    {
        if (!_methodsByTemplate.TryGetValue(template, out var methods))
        {
            reason = "no such template in the SDK route table";
            return false;
        }

        reason = methods.Count == 0 || methods.Contains(method) ? "" : $"the SDK offers only {string.Join(",", methods)}";
        return reason.Length == 0;
    }

    /// <summary>"/sites/{site%2Did}/lists{?%24top}" → "sites/{site-id}/lists"; "members/$ref?@id={%40id}" → "members/$ref".</summary>
    public static string Normalise(string sdkTemplate)
    {
        var text = sdkTemplate;
        foreach (var cut in new[] { "{?", "{&", "?@id" })
        {
            var at = text.IndexOf(cut, StringComparison.Ordinal);
            if (at >= 0)
            {
                text = text[..at];
            }
        }

        return Uri.UnescapeDataString(text).Trim('/');
    }
}
