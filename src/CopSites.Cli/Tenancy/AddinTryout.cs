using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CopSites.LocalTenant;
using Spectre.Console;

namespace CopSites.Cli.Tenancy;

/// <summary>
/// The demo's "try the add-in in a browser" step: puts sample knowledge products (a checklist, a workbook, a deck)
/// into the first CoP's Toolkit library, unless they are there, and prints the page that opens the checklist in the
/// Office.js fake with the real task pane beside it. The samples are plain-text stand-ins for Office files: the
/// fake reads their text as the document body.
/// </summary>
internal static class AddinTryout
{
    private static readonly (string Name, string Text)[] Samples =
    [
        ("Procurement-checklist.docx", "Public procurement checklist\n\nUse this checklist before launching a tender. Procurement officers confirm the budget, "
            + "the procurement plan and the evaluation criteria. Check that the tender documents state climate change and sustainability requirements."),
        ("Fiscal-indicators.xlsx", "Indicator\tValue\nFiscal policy deficit\t3.1\nFiscal policy debt ratio\t48\nInstitutional capacity score\t2.5"),
        ("Mobility-lessons.pptx", "Lessons learned on urban transport and mobility\n\nWhat worked: bus lanes and transport and mobility plans.\n\nWhat to avoid next time."),
    ];

    /// <summary>Seeds the samples and prints the try-it URL; says why when the add-in is not built.</summary>
    public static async Task ShowAsync(IAnsiConsole console, LocalTenantHost host, CancellationToken ct)
    {
        if (AddinFolder.Find() is null)
        {
            console.MarkupLine("The Office add-in is not built, so there is no try-it page: run [bold]npm ci && npm run build[/] in addin/.");
            return;
        }

        var token = host.IssueToken("alice@contoso.local", ["Sites.ReadWrite.All", "TermStore.Read.All"]);
        using var http = new HttpClient { BaseAddress = new Uri(host.GraphBaseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var sites = JsonNode.Parse(await http.GetStringAsync("sites?search=*", ct))!["value"]!.AsArray();
        foreach (var site in sites.OrderBy(s => s!["webUrl"]!.GetValue<string>(), StringComparer.Ordinal))
        {
            var siteId = site!["id"]!.GetValue<string>();
            var lists = JsonNode.Parse(await http.GetStringAsync($"sites/{siteId}/lists", ct))!["value"]!.AsArray();
            var toolkit = lists.FirstOrDefault(l => l!["displayName"]?.GetValue<string>() == "Toolkit");
            if (toolkit is null || !await HasTopicsColumnAsync(http, siteId, toolkit["id"]!.GetValue<string>(), ct))
            {
                continue;
            }

            var drive = JsonNode.Parse(await http.GetStringAsync($"sites/{siteId}/lists/{toolkit["id"]}/drive", ct))!["id"]!.GetValue<string>();
            var urls = new List<string>();
            foreach (var (name, text) in Samples)
            {
                var existing = await http.GetAsync($"drives/{drive}/items/root:/{name}:", ct);
                var json = existing.IsSuccessStatusCode
                    ? await existing.Content.ReadAsStringAsync(ct)
                    : await (await http.PutAsync($"drives/{drive}/items/root:/{name}:/content", new StringContent(text, Encoding.UTF8, "text/plain"), ct))
                        .EnsureSuccessStatusCode().Content.ReadAsStringAsync(ct);
                urls.Add(JsonNode.Parse(json)!["webUrl"]!.GetValue<string>());
            }

            var page = $"{host.BaseUrl}/addin/try.html?doc={Uri.EscapeDataString(urls[0])}#devToken={token}";
            console.MarkupLine("Try the add-in in a browser (tag the checklist, then see it in the Toolkit library view):");
            console.WriteLine(page);
            console.MarkupLineInterpolated($"Other samples: {string.Join(", ", urls.Skip(1))} (put one in ?doc=).");
            return;
        }

        console.MarkupLine("No CoP with a Toolkit library and its Topics column was provisioned, so there is no document to try the add-in on.");
    }

    // A CoP whose provisioning was partly refused may lack the managed-metadata column; the try-it page needs it.
    private static async Task<bool> HasTopicsColumnAsync(HttpClient http, string siteId, string listId, CancellationToken ct) =>
        JsonNode.Parse(await http.GetStringAsync($"sites/{siteId}/lists/{listId}/columns", ct))!["value"]!.AsArray().Any(c => c!["term"] is not null);
}
