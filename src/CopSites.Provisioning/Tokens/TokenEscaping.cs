using System.Globalization;
using System.Text;

namespace CopSites.Provisioning.Tokens;

/// <summary>How a resolved value is escaped for the text it is put into.</summary>
public enum TokenEscaping
{
    /// <summary>Plain text (attribute values after XML parsing, URLs, titles).</summary>
    None,

    /// <summary>Inside a JSON string, e.g. web part <c>JsonControlData</c>: quotes, backslashes and control characters are escaped.</summary>
    Json,

    /// <summary>Inside raw XML text such as field or view CAML: markup characters become entities.</summary>
    Xml,
}

/// <summary>Applies a <see cref="TokenEscaping"/> to a resolved value.</summary>
internal static class TokenEscaper
{
    public static string Escape(string value, TokenEscaping escaping) => escaping switch
    {
        TokenEscaping.Json => Json(value),
        TokenEscaping.Xml => System.Security.SecurityElement.Escape(value),
        _ => value,
    };

    private static string Json(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
