using Microsoft.Kiota.Abstractions;

namespace CopSites.SharePoint.Batching;

/// <summary>
/// One request for <see cref="GraphBatchSender"/>: a request built with the SDK (<c>graph.Sites["root"].ToGetRequestInformation()</c>)
/// and the operation's name for reports. Items sent together must not depend on each other.
/// </summary>
/// <param name="Operation">What the request does, e.g. "create list Documents in water-cop".</param>
/// <param name="Request">The request; its body is buffered so it can be re-sent.</param>
public sealed record BatchItem(string Operation, RequestInformation Request);
