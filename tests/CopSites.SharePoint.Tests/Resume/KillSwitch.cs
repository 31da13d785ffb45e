using System.Net;

namespace CopSites.SharePoint.Tests.Resume;

/// <summary>
/// Stands in for `kill -9` inside the test process: counts every HTTP send of a gateway (Graph, REST, token) and at the
/// N-th cancels the run and fails the send. Whether that send reached the tenant is drawn from the seed: either it is
/// dropped before it leaves, or the tenant applies it and its answer is lost, exactly the two ways a killed process
/// leaves a request. From then on nothing else is sent, as from a dead process.
/// </summary>
internal sealed class KillSwitch(int killAt, bool killedSendReachesTenant)
{
    private readonly int _killAt = killAt;
    private readonly bool _reachesTenant = killedSendReachesTenant;
    private readonly CancellationTokenSource _run = new();
    private int _sends;

    /// <summary>The run's token: cancelled at the kill.</summary>
    public CancellationToken Token => _run.Token;

    /// <summary>HTTP sends so far, the killed one included.</summary>
    public int Sends => Volatile.Read(ref _sends);

    public bool Fired => _run.IsCancellationRequested;

    /// <summary>A transport for <c>GatewayEnvironment.Transport</c>: every client of the gateway counts on this switch.</summary>
    public HttpMessageHandler Transport() => new Handler(this, new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All });

    private sealed class Handler(KillSwitch kill, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (kill.Fired)
            {
                throw new OperationCanceledException("The process was killed.", kill.Token);
            }

            if (Interlocked.Increment(ref kill._sends) != kill._killAt)
            {
                return await base.SendAsync(request, cancellationToken);
            }

            if (kill._reachesTenant)
            {
                // The tenant applies it; the process dies before reading the answer.
                using var lost = await base.SendAsync(request, CancellationToken.None);
                await lost.Content.ReadAsByteArrayAsync(CancellationToken.None);
            }

            await kill._run.CancelAsync();
            throw new OperationCanceledException("The process was killed.", kill.Token);
        }
    }
}
