namespace CopSites.Provisioning.Tokens;

/// <summary>How the catalogue treats a token name.</summary>
public enum TokenKind
{
    /// <summary>Replaced with a value from the <see cref="TokenContext"/>.</summary>
    Resolvable,

    /// <summary>A SharePoint run-time token (custom action URLs) that must stay as written.</summary>
    PassThrough,

    /// <summary>A PnP token CopSites deliberately rejects.</summary>
    Unsupported,
}

/// <summary>What a token's value depends on; the planner orders work by it.</summary>
public enum TokenCategory
{
    /// <summary>Not in the catalogue.</summary>
    Unknown,

    /// <summary>Facts about the site or site collection.</summary>
    Site,

    /// <summary>The signed-in user.</summary>
    User,

    /// <summary>Groups and permission levels.</summary>
    Security,

    /// <summary>Template parameters and localization resources.</summary>
    Template,

    /// <summary>Lists, libraries and views (exist only after they are created).</summary>
    List,

    /// <summary>Fields (exist only after they are created).</summary>
    Field,

    /// <summary>Content types (exist only after they are created).</summary>
    ContentType,

    /// <summary>Term store, term groups and term sets.</summary>
    Taxonomy,

    /// <summary>Pages, files and web parts (exist only after upload).</summary>
    Content,

    /// <summary>Fixed text.</summary>
    Constant,

    /// <summary>SharePoint run-time tokens left as written.</summary>
    Runtime,

    /// <summary>Tenant, Teams and sequence features outside CopSites' scope.</summary>
    OutOfScope,
}

/// <summary>The arguments a token takes.</summary>
public enum TokenArguments
{
    /// <summary>No argument: <c>{site}</c>.</summary>
    None,

    /// <summary>An optional argument: <c>{groupid}</c> or <c>{groupid:Name}</c>.</summary>
    Optional,

    /// <summary>One argument: <c>{listid:Title}</c>.</summary>
    One,

    /// <summary>Two arguments separated by a comma: <c>{viewid:List,View}</c>.</summary>
    CommaPair,

    /// <summary>Two arguments separated by a colon: <c>{termsetid:Group:Set}</c>.</summary>
    ColonPair,
}

/// <summary>A catalogue entry: one token name and how it is treated.</summary>
/// <param name="Name">Lower-case name.</param>
/// <param name="Kind">Resolved, passed through or rejected.</param>
/// <param name="Category">What its value depends on.</param>
/// <param name="Arguments">The arguments it takes.</param>
/// <param name="Description">What it stands for, or why it is rejected.</param>
public sealed record TokenDefinition(string Name, TokenKind Kind, TokenCategory Category, TokenArguments Arguments, string Description)
{
    /// <summary>Looks the value up; null means "not known yet". Only set for resolvable tokens.</summary>
    internal Func<TokenContext, string?, string?>? Lookup { get; init; }

    /// <summary>The written form, e.g. <c>{viewid:List,View}</c>.</summary>
    public string Usage => Arguments switch
    {
        TokenArguments.None => $"{{{Name}}}",
        TokenArguments.Optional => $"{{{Name}}} or {{{Name}:Name}}",
        TokenArguments.One => $"{{{Name}:Value}}",
        TokenArguments.CommaPair => $"{{{Name}:First,Second}}",
        _ => $"{{{Name}:First:Second}}",
    };
}
