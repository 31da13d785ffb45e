using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CopSites.EndToEnd.Tests.Provisioning;

/// <summary>The local tenant's test hooks (/_tenant): tokens and the request counter, over HTTP like any client.</summary>
internal sealed class TenantAdmin(string root) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(root.TrimEnd('/') + "/_tenant/") };

    public string Root { get; } = root.TrimEnd('/');

    public async Task<string> TokenAsync(string user)
    {
        using var response = await _http.PostAsJsonAsync("token", new { user, scopes = "Sites.Read.All Group.Read.All TermStore.Read.All" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }

    public async Task<long> MarkAsync()
    {
        using var response = await _http.PostAsync("requests/mark", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["mark"]!.GetValue<long>();
    }

    /// <summary>Operations (requests plus $batch steps) and writes the tenant has counted since the mark.</summary>
    public async Task<(int Total, int Writes)> SinceAsync(long mark)
    {
        var counted = (await _http.GetFromJsonAsync<JsonObject>($"requests?since={mark}"))!;
        return (counted["total"]!.GetValue<int>(), counted["writes"]!.GetValue<int>());
    }

    public void Dispose() => _http.Dispose();
}
