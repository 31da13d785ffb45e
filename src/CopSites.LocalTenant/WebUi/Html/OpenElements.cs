using System.Text;

namespace CopSites.LocalTenant.WebUi.Html;

/// <summary>
/// The stack of elements the sanitiser has opened. It applies the few HTML5 implied-end rules that matter for the
/// allowed elements (a new paragraph, list item, row or cell closes the previous one), so a browser re-parses the output
/// into the same tree, and it closes whatever is left open at the end.
/// </summary>
internal sealed class OpenElements(StringBuilder output)
{
    private static readonly HashSet<string> ClosesParagraph = ["p", "h1", "h2", "h3", "h4", "ul", "ol", "table", "blockquote", "li"];
    private static readonly HashSet<string> Headings = ["h1", "h2", "h3", "h4"];
    private static readonly HashSet<string> Void = ["br"];

    private readonly List<string> _stack = [];

    public void Start(string name, string attributes)
    {
        if (ClosesParagraph.Contains(name))
        {
            CloseWithin("p", "table", "td", "th");
        }

        switch (name)
        {
            case "li":
                CloseWithin("li", "ul", "ol", "table", "td", "th", "blockquote");
                break;
            case "tr":
                CloseWithin("tr", "table");
                break;
            case "td" or "th":
                CloseWithin("td", "tr", "table");
                CloseWithin("th", "tr", "table");
                break;
            case "a":
                CloseWithin("a", "table", "td", "th");
                break;
        }

        if (Headings.Contains(name) && _stack.Count > 0 && Headings.Contains(_stack[^1]))
        {
            Pop();
        }

        output.Append('<').Append(name).Append(attributes).Append('>');
        if (!Void.Contains(name))
        {
            _stack.Add(name);
        }
    }

    public void End(string name)
    {
        var index = _stack.LastIndexOf(name);
        if (index < 0)
        {
            return;
        }

        while (_stack.Count > index)
        {
            Pop();
        }
    }

    public void CloseAll()
    {
        while (_stack.Count > 0)
        {
            Pop();
        }
    }

    /// <summary>Closes the nearest open <paramref name="name"/> unless one of <paramref name="boundaries"/> is nearer.</summary>
    private void CloseWithin(string name, params string[] boundaries)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i] == name)
            {
                End(name);
                return;
            }

            if (boundaries.Contains(_stack[i]))
            {
                return;
            }
        }
    }

    private void Pop()
    {
        output.Append("</").Append(_stack[^1]).Append('>');
        _stack.RemoveAt(_stack.Count - 1);
    }
}
