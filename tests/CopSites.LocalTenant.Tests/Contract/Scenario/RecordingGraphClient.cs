using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>The real GraphServiceClient with the SDK's default middleware and an <see cref="ExchangeRecorder"/> innermost writing to a shared log.</summary>
internal static class RecordingGraphClient
{
    public static GraphServiceClient Create(TenantFixture tenant, string token, ExchangeLog log)
    {
        var http = GraphClientFactory.Create(handlers: [.. GraphClientFactory.CreateDefaultHandlers(), new ExchangeRecorder(log)]);
        return new GraphServiceClient(http, new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token)), tenant.Host.GraphBaseUrl);
    }
}
