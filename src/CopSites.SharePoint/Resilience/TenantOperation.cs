using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace CopSites.SharePoint.Resilience;

/// <summary>
/// Names the operation a request performs, so a failure can say what failed ("create group water-cop"). Add it to a
/// Graph SDK call with <c>r =&gt; r.Options.Add(new TenantOperation("..."))</c>; the gateway's handlers read it.
/// </summary>
public sealed class TenantOperation(string name) : IRequestOption
{
    /// <summary>The operation's name.</summary>
    public string Name { get; } = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("An operation needs a name.", nameof(name)) : name;

    /// <summary>The name attached to <paramref name="request"/>, else "METHOD /path".</summary>
    public static string NameOf(HttpRequestMessage request) =>
        request.GetRequestOption<TenantOperation>()?.Name ?? DefaultName(request.Method.Method, request.RequestUri);

    /// <summary>"METHOD /path" without the query, used when a caller named nothing.</summary>
    public static string DefaultName(string method, Uri? uri) => $"{method} {uri?.AbsolutePath ?? "?"}";

    /// <summary>Attaches this operation to a raw request (REST or a hand-made HttpRequestMessage).</summary>
    public void AttachTo(HttpRequestMessage request) =>
        request.Options.Set(new HttpRequestOptionsKey<IRequestOption>(typeof(TenantOperation).FullName!), this);
}
