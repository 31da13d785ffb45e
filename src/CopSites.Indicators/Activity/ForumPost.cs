namespace CopSites.Indicators.Activity;

/// <summary>A topic or a reply in the CoP's forum (or a Teams channel message: see <see cref="Channel"/>).</summary>
/// <param name="Id">The item or message id.</param>
/// <param name="AuthorId">Who wrote it.</param>
/// <param name="Created">When it was posted.</param>
/// <param name="TopicId">The topic this post belongs to: its own id for a topic, the topic's id for a reply.</param>
/// <param name="RepliedToId">For a reply, the post it answers (the topic or another reply); null for a topic.</param>
/// <param name="RepliedToAuthorId">For a reply, the author of the post it answers, when known.</param>
/// <param name="IsQuestion">True for a topic asked as a question.</param>
/// <param name="IsAnswer">True for a reply marked as the answer to its question.</param>
/// <param name="Channel">Where it was posted: <see cref="PostChannel.Forum"/> or <see cref="PostChannel.Teams"/>.</param>
public sealed record ForumPost(
    string Id,
    string AuthorId,
    DateTimeOffset Created,
    string TopicId,
    string? RepliedToId,
    string? RepliedToAuthorId,
    bool IsQuestion,
    bool IsAnswer,
    PostChannel Channel = PostChannel.Forum)
{
    /// <summary>True when this post starts a topic.</summary>
    public bool IsTopic => RepliedToId is null;
}

/// <summary>Where a conversation took place.</summary>
public enum PostChannel
{
    /// <summary>The site's Forum list.</summary>
    Forum,

    /// <summary>A channel of the CoP's team.</summary>
    Teams,
}
