using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace CopSites.LocalTenant.WebUi.Html;

/// <summary>
/// A fragment of HTML the UI trusts. The only ways to make one encode every interpolated value unless it is itself
/// <see cref="Markup"/>, so stored text can reach the page only encoded or through the sanitiser.
/// </summary>
internal readonly struct Markup
{
    private readonly string? _value;

    private Markup(string value) => _value = value;

    public static Markup Empty => default;

    /// <summary>Builds markup from an interpolated string: literals are kept, holes are HTML-encoded unless they are markup.</summary>
    public static Markup Html(ref MarkupHandler handler) => new(handler.ToStringAndClear());

    /// <summary>Encodes plain text.</summary>
    public static Markup Text(string? text) => new(WebUtility.HtmlEncode(text ?? ""));

    /// <summary>Joins fragments.</summary>
    public static Markup Join(IEnumerable<Markup> parts) => new(string.Concat(parts.Select(p => p._value)));

    /// <summary>For the sanitiser and builders that produce markup token by token; never pass stored text here.</summary>
    internal static Markup Trusted(string html) => new(html);

    public bool IsEmpty => string.IsNullOrEmpty(_value);

    public override string ToString() => _value ?? "";
}

/// <summary>The interpolated string handler behind <see cref="Markup.Html"/>.</summary>
[InterpolatedStringHandler]
internal ref struct MarkupHandler
{
    private readonly StringBuilder _builder;

    public MarkupHandler(int literalLength, int formattedCount) => _builder = new StringBuilder(literalLength + formattedCount * 16);

    public void AppendLiteral(string literal) => _builder.Append(literal);

    public void AppendFormatted(Markup markup) => _builder.Append(markup.ToString());

    public void AppendFormatted(string? text) => _builder.Append(WebUtility.HtmlEncode(text ?? ""));

    public void AppendFormatted<T>(T value) =>
        _builder.Append(WebUtility.HtmlEncode(value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString() ?? ""));

    public string ToStringAndClear() => _builder.ToString();
}
