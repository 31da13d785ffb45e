using CopSites.SharePoint.Resilience;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace CopSites.SharePoint.Batching;

/// <summary>Sends one request outside any batch through the SDK's adapter (auth, User-Agent, gate, retries) and keeps the raw response.</summary>
internal sealed class LoneRequestSender(GraphServiceClient graph)
{
    public async Task<StepOutcome> SendAsync(int index, BatchItem item, byte[]? body, CancellationToken ct)
    {
        var request = item.Request;
        if (body is not null)
        {
            request.Content = new MemoryStream(body, writable: false);
        }

        var native = new NativeResponseHandler();
        IRequestOption[] options = [new ResponseHandlerOption { ResponseHandler = native }, new TenantOperation(item.Operation)];
        request.AddRequestOptions(options);
        try
        {
            await graph.RequestAdapter.SendNoContentAsync(request, cancellationToken: ct).ConfigureAwait(false);
            using var response = (HttpResponseMessage)native.Value!;
            return await StepOutcome.FromResponseAsync(index, response, ct).ConfigureAwait(false);
        }
        catch (TenantRequestException e)
        {
            return StepOutcome.Failed(index, e.Error);
        }
        finally
        {
            request.RemoveRequestOptions(options);
        }
    }
}
