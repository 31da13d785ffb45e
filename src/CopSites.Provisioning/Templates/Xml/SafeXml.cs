using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>
/// The one way CopSites reads XML that came from outside (templates, .pnp parts, resx, field and view CAML, page
/// canvases): no DTD, no entities, no resolver (so no external fetch and no XInclude), and limits on nesting, element
/// count and size, checked in one streaming pass before anything is built. Over-limit input is refused at once with the
/// limit named and its line and column. See docs/security.md.
/// </summary>
public static class SafeXml
{
    /// <summary>The deepest element nesting accepted (real templates nest about 12 levels; CAML a few more).</summary>
    public const int MaxDepth = 128;

    /// <summary>The most elements one document may hold.</summary>
    public const int MaxElements = 1_000_000;

    /// <summary>
    /// The most characters (and, for a file, bytes) one document may hold: 16 Mi, 25 times the largest community
    /// template seen (627 KB). Parsing cost is linear, but a 20 MB template would still cost seconds and half a gigabyte.
    /// </summary>
    public const long MaxCharacters = 16L * 1024 * 1024;

    /// <summary>
    /// The most characters one fragment (a field's or a view's CAML, a kept element) may hold: 1 Mi. A real field is a
    /// few KB, a choice column with a thousand choices about 50 KB; fragments are parsed at every planning pass.
    /// </summary>
    public const int MaxFragmentCharacters = 1024 * 1024;

    /// <summary>Settings for every XML reader over outside input; <paramref name="ignoreWhitespace"/> drops indentation.</summary>
    public static XmlReaderSettings Settings(bool ignoreWhitespace = false) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = MaxCharacters,
        IgnoreWhitespace = ignoreWhitespace,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Loads a whole document (encoding from its BOM or declaration).</summary>
    /// <exception cref="XmlException">Malformed, a DTD, or over a limit; the message says which, with line and column.</exception>
    public static XDocument LoadDocument(byte[] bytes, LoadOptions options, bool ignoreWhitespace = false)
    {
        RefuseOverSize(bytes.LongLength, "bytes");
        Guard(() => XmlReader.Create(new MemoryStream(bytes, writable: false), Settings(ignoreWhitespace)), () => Encoding.UTF8.GetString(bytes));
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings(ignoreWhitespace));
        return XDocument.Load(reader, options);
    }

    /// <summary>Parses one element from text (a field's or a view's CAML, a kept fragment).</summary>
    /// <exception cref="XmlException">Malformed, a DTD, or over a limit; the message says which, with line and column.</exception>
    public static XElement ParseElement(string xml, LoadOptions options = LoadOptions.None)
    {
        if (xml.Length > MaxFragmentCharacters)
        {
            throw new XmlException(string.Create(CultureInfo.InvariantCulture,
                $"the element has {xml.Length:N0} characters, over the limit of {MaxFragmentCharacters:N0} for one field, view or fragment; the input is refused"), null, 1, 1);
        }

        Guard(() => XmlReader.Create(new StringReader(xml), Settings()), () => xml);
        using var reader = XmlReader.Create(new StringReader(xml), Settings());
        return XElement.Load(reader, options);
    }

    private static void Guard(Func<XmlReader> open, Func<string> text)
    {
        using var reader = open();
        var elements = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth >= MaxDepth)
                {
                    throw Limit(reader, $"elements nest deeper than {MaxDepth} levels, the limit");
                }

                if (++elements > MaxElements)
                {
                    throw Limit(reader, $"the document has more than {MaxElements.ToString("N0", CultureInfo.InvariantCulture)} elements, the limit");
                }
            }
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            // .NET's own message advises turning DTD processing on and often carries no position: say what we refuse, and where.
            var (line, column) = PositionOf(text(), "<!DOCTYPE");
            throw new XmlException("DTDs and entity declarations are not allowed (they can leak files or expand without bound); remove the <!DOCTYPE>",
                null, line, column);
        }
    }

    private static void RefuseOverSize(long size, string unit)
    {
        if (size > MaxCharacters)
        {
            throw new XmlException(string.Create(CultureInfo.InvariantCulture,
                $"the document has {size:N0} {unit}, over the limit of {MaxCharacters:N0}; the input is refused"), null, 1, 1);
        }
    }

    private static XmlException Limit(XmlReader reader, string message)
    {
        var info = (IXmlLineInfo)reader;
        return new XmlException($"{message}; the input is refused", null, info.LineNumber, info.LinePosition);
    }

    private static (int Line, int Column) PositionOf(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        if (index < 0)
        {
            return (1, 1);
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
