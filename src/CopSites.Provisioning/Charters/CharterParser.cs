using CopSites.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CopSites.Provisioning.Charters;

/// <summary>
/// Walks the YAML representation model so that every error can name its line and column, collecting all
/// errors rather than stopping at the first.
/// </summary>
internal sealed class CharterParser
{
    private readonly string _source;
    private readonly List<CharterError> _errors = [];

    public CharterParser(string source) => _source = source;

    public CharterReadResult Parse(string yaml)
    {
        var root = LoadRoot(yaml);
        if (root is null)
        {
            return CharterReadResult.Failure(_errors);
        }

        var fields = Fields(root, string.Empty, CharterFields.TopLevel);

        var name = RequiredText(fields, root, CharterFields.Name, CharterFields.MaxNameLength);
        var alias = Alias(fields, root);
        var domain = RequiredText(fields, root, CharterFields.Domain, CharterFields.MaxDomainLength);
        var purpose = RequiredText(fields, root, CharterFields.Purpose);
        var expectedResults = TextList(fields, root, CharterFields.ExpectedResults, required: true);
        var indicators = TermList(fields, root, CharterFields.Indicators, required: true, Indicator.All, Indicator.TryFromKey);
        var participation = Term(fields, root, CharterFields.Participation, required: true, ParticipationModel.All, ParticipationModel.TryFromKey);
        var composition = Term(fields, root, CharterFields.Composition, required: true, Composition.All, Composition.TryFromKey);
        var leads = People(fields, root, CharterFields.Leads, required: true);
        var moderators = People(fields, root, CharterFields.Moderators, required: false);
        var coreGroup = People(fields, root, CharterFields.CoreGroup, required: false);
        var multipliers = People(fields, root, CharterFields.Multipliers, required: false);
        var members = People(fields, root, CharterFields.Members, required: false);
        var cadence = ReadCadence(fields, root);
        var language = Term(fields, root, CharterFields.Language, required: true, CharterLanguage.All, CharterLanguage.TryFromKey);
        var howToJoin = OptionalText(fields, CharterFields.HowToJoin);
        var stage = Term(fields, root, CharterFields.Stage, required: false, LifeCycleStage.All, LifeCycleStage.TryFromKey);
        var products = TermList(fields, root, CharterFields.KnowledgeProducts, required: false, KnowledgeProductType.All, KnowledgeProductType.TryFromKey);
        var spotlights = Spotlights(fields);

        if (composition is not null)
        {
            new CharterPeopleRules(_errors.Add, _source).Check(composition, leads, moderators, coreGroup, multipliers, members);
        }

        if (_errors.Count > 0)
        {
            return CharterReadResult.Failure(_errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList());
        }

        return CharterReadResult.Success(new Charter
        {
            Name = name!,
            Alias = alias!,
            Domain = domain!,
            Purpose = purpose!,
            ExpectedResults = expectedResults.Select(r => r.Value).ToList(),
            Indicators = indicators.Select(i => i.Value).ToList(),
            Participation = participation!,
            Composition = composition!,
            Leads = Values(leads),
            Moderators = Values(moderators),
            CoreGroup = Values(coreGroup),
            Multipliers = Values(multipliers),
            Members = Values(members),
            Cadence = cadence!,
            Language = language!,
            HowToJoin = howToJoin,
            Stage = stage ?? LifeCycleStage.Initiation,
            KnowledgeProducts = products.Select(p => p.Value).ToList(),
            Spotlights = spotlights,
        });
    }

    private YamlMappingNode? LoadRoot(string yaml)
    {
        if (CharterInputLimits.FirstBroken(yaml) is { } broken)
        {
            Error(string.Empty, broken.Where, CharterErrorKind.TooLarge, broken.Problem);
            return null;
        }

        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            // YamlDotNet prefixes messages with the position, which the error already carries.
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            Error(string.Empty, ex.Start, CharterErrorKind.Syntax, $"not valid YAML: {StripPosition(message)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            Error(string.Empty, parser.LastGoodPosition, CharterErrorKind.Syntax,
                "not valid YAML: the structure breaks after this point (an unclosed '[' or '{'?)");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            Error(string.Empty, 1, 1, CharterErrorKind.Syntax, "the charter is empty");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            Error(string.Empty, stream.Documents[1].RootNode.Start, CharterErrorKind.Syntax,
                $"a charter file holds one YAML document, found {stream.Documents.Count}");
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            Error(string.Empty, root.Start, CharterErrorKind.WrongType, "the charter must be a mapping of fields such as 'name: ...'");
            return null;
        }

        return mapping;
    }

    private Dictionary<string, YamlNode> Fields(YamlMappingNode mapping, string prefix, IReadOnlyList<string> known)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } text } ? text : keyNode.ToString();
            var path = prefix + key;
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                Error(path, keyNode.Start, CharterErrorKind.UnknownField,
                    $"unknown field{Suggestions.Hint(key, known)}; allowed fields: {string.Join(", ", known)}");
                continue;
            }

            fields[key] = value;
        }

        return fields;
    }

    private string? RequiredText(Dictionary<string, YamlNode> fields, YamlMappingNode parent, string field, int maxLength = int.MaxValue)
    {
        if (!fields.TryGetValue(field, out var node))
        {
            Missing(field, parent);
            return null;
        }

        var text = Text(node, field);
        if (text is null)
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            Error(field, node.Start, CharterErrorKind.InvalidValue, $"is {text.Length} characters long; the maximum is {maxLength}");
            return null;
        }

        return text;
    }

    private string? OptionalText(Dictionary<string, YamlNode> fields, string field)
    {
        if (!fields.TryGetValue(field, out var node) || IsNull(node))
        {
            return null;
        }

        return Text(node, field);
    }

    /// <summary>The trimmed text of a scalar; reports and returns null for empty values and non-scalars.</summary>
    private string? Text(YamlNode node, string path)
    {
        if (node is not YamlScalarNode scalar)
        {
            Error(path, node.Start, CharterErrorKind.WrongType, $"expected text, found {Describe(node)}");
            return null;
        }

        if (IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
        {
            Error(path, node.Start, CharterErrorKind.MissingField, "is required but empty");
            return null;
        }

        return scalar.Value!.Trim();
    }

    private MailAlias? Alias(Dictionary<string, YamlNode> fields, YamlMappingNode root)
    {
        if (!fields.TryGetValue(CharterFields.Alias, out var node))
        {
            Missing(CharterFields.Alias, root);
            return null;
        }

        var text = Text(node, CharterFields.Alias);
        if (text is null)
        {
            return null;
        }

        if (!MailAlias.TryCreate(text, out var alias, out var error))
        {
            Error(CharterFields.Alias, node.Start, CharterErrorKind.InvalidValue, $"'{text}': {error} (for example urban-mobility)");
        }

        return alias;
    }

    // named (the default: the guide wants staff visibility) or anonymous.
    private SpotlightMode Spotlights(Dictionary<string, YamlNode> fields)
    {
        if (!fields.TryGetValue(CharterFields.Spotlights, out var node) || IsNull(node))
        {
            return SpotlightMode.Named;
        }

        switch (Text(node, CharterFields.Spotlights)?.Trim().ToLowerInvariant())
        {
            case "named":
                return SpotlightMode.Named;
            case "anonymous":
                return SpotlightMode.Anonymous;
            case null:
                return SpotlightMode.Named;
            case var other:
                Error(CharterFields.Spotlights, node.Start, CharterErrorKind.InvalidValue, $"unknown value '{other}'; allowed values: named, anonymous");
                return SpotlightMode.Named;
        }
    }

    private T? Term<T>(Dictionary<string, YamlNode> fields, YamlMappingNode parent, string field, bool required,
        IReadOnlyList<T> all, TryFromKey<T> tryFromKey, string prefix = "")
        where T : class, IVocabularyTerm
    {
        var path = prefix + field;
        if (!fields.TryGetValue(field, out var node) || (!required && IsNull(node)))
        {
            if (required)
            {
                Missing(path, parent);
            }

            return null;
        }

        var text = Text(node, path);
        return text is null ? null : ParseTerm(text, node.Start, path, all, tryFromKey);
    }

    private T? ParseTerm<T>(string text, Mark start, string path, IReadOnlyList<T> all, TryFromKey<T> tryFromKey)
        where T : class, IVocabularyTerm
    {
        if (tryFromKey(text, out var term))
        {
            return term;
        }

        var keys = all.Select(t => t.Key).ToList();
        Error(path, start, CharterErrorKind.InvalidValue,
            $"unknown value '{text}'{Suggestions.Hint(text, keys)}; allowed values: {string.Join(", ", keys)}");
        return null;
    }

    private List<Located<T>> TermList<T>(Dictionary<string, YamlNode> fields, YamlMappingNode parent, string field, bool required,
        IReadOnlyList<T> all, TryFromKey<T> tryFromKey, string prefix = "")
        where T : class, IVocabularyTerm
    {
        var terms = new List<Located<T>>();
        foreach (var item in TextList(fields, parent, field, required, prefix))
        {
            var term = ParseTerm(item.Value, new Mark(0, item.Line, item.Column), item.Path, all, tryFromKey);
            if (term is null)
            {
                continue;
            }

            if (terms.FirstOrDefault(t => ReferenceEquals(t.Value, term)) is { } earlier)
            {
                Error(item.Path, item.Line, item.Column, CharterErrorKind.Duplicate, $"'{term.Key}' is already listed at {earlier.Path}");
                continue;
            }

            terms.Add(new Located<T>(term, item.Path, item.Line, item.Column));
        }

        return terms;
    }

    private List<Located<string>> TextList(Dictionary<string, YamlNode> fields, YamlMappingNode parent, string field, bool required, string prefix = "")
    {
        var path = prefix + field;
        var items = new List<Located<string>>();
        if (!fields.TryGetValue(field, out var node) || IsNull(node))
        {
            if (required)
            {
                Missing(path, fields.TryGetValue(field, out var empty) ? empty : parent, present: node is not null);
            }

            return items;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(path, node.Start, CharterErrorKind.WrongType, $"expected a list (one '- item' per line), found {Describe(node)}");
            return items;
        }

        if (required && sequence.Children.Count == 0)
        {
            Error(path, node.Start, CharterErrorKind.MissingField, "needs at least one entry");
            return items;
        }

        for (var index = 0; index < sequence.Children.Count; index++)
        {
            var child = sequence.Children[index];
            var itemPath = $"{path}[{index}]";
            if (Text(child, itemPath) is { } text)
            {
                items.Add(new Located<string>(text, itemPath, Line(child.Start), Column(child.Start)));
            }
        }

        return items;
    }

    private List<Located<UserPrincipalName>> People(Dictionary<string, YamlNode> fields, YamlMappingNode root, string field, bool required)
    {
        var people = new List<Located<UserPrincipalName>>();
        foreach (var item in TextList(fields, root, field, required))
        {
            if (UserPrincipalName.TryCreate(item.Value, out var upn, out var error))
            {
                people.Add(new Located<UserPrincipalName>(upn, item.Path, item.Line, item.Column));
            }
            else
            {
                Error(item.Path, item.Line, item.Column, CharterErrorKind.InvalidValue, error);
            }
        }

        return people;
    }

    private Cadence? ReadCadence(Dictionary<string, YamlNode> fields, YamlMappingNode root)
    {
        if (!fields.TryGetValue(CharterFields.Cadence, out var node) || IsNull(node))
        {
            Missing(CharterFields.Cadence, node ?? root, present: node is not null);
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(CharterFields.Cadence, node.Start, CharterErrorKind.WrongType,
                $"expected a mapping with 'core' (and optionally 'touchpoints' and 'formats'), found {Describe(node)}");
            return null;
        }

        const string prefix = CharterFields.Cadence + ".";
        var cadenceFields = Fields(mapping, prefix, CharterFields.CadenceLevel);
        var core = Term(cadenceFields, mapping, CharterFields.CadenceCore, required: true, CoreCadence.All, CoreCadence.TryFromKey, prefix);
        var touchpoints = TextList(cadenceFields, mapping, CharterFields.CadenceTouchpoints, required: false, prefix);
        var formats = TermList(cadenceFields, mapping, CharterFields.CadenceFormats, required: false, EventFormat.All, EventFormat.TryFromKey, prefix);
        return core is null
            ? null
            : new Cadence(core, touchpoints.Select(t => t.Value).ToList(), formats.Select(f => f.Value).ToList());
    }

    private void Missing(string path, YamlNode near, bool present = false) =>
        Error(path, near.Start, CharterErrorKind.MissingField, present ? "is required but empty" : "is required but missing");

    private void Error(string path, Mark start, CharterErrorKind kind, string message) =>
        Error(path, Line(start), Column(start), kind, message);

    private void Error(string path, int line, int column, CharterErrorKind kind, string message) =>
        _errors.Add(new CharterError(_source, path, line, column, kind, message));

    private static List<UserPrincipalName> Values(List<Located<UserPrincipalName>> people) => people.Select(p => p.Value).ToList();

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "text",
    };

    private static int Line(Mark mark) => (int)mark.Line;

    private static int Column(Mark mark) => (int)mark.Column;

    private static string StripPosition(string message)
    {
        // "(Line: 3, Col: 5, Idx: 40) - (Line: 3, Col: 6, Idx: 41): While scanning ..." → "While scanning ..."
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }
}

/// <summary>The shape of the vocabulary types' <c>TryFromKey</c> methods.</summary>
internal delegate bool TryFromKey<T>(string? key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? term);
