namespace CopSites.Provisioning.Tests.Charters;

/// <summary>A small valid charter whose line numbers the error tests rely on.</summary>
internal static class CharterYaml
{
    public const string Valid = """
        name: Test CoP
        alias: test-cop
        domain: Testing things together
        purpose: To learn how to test
        expected_results:
          - One shared checklist
        indicators:
          - activities-held
        participation: open
        composition: internal
        leads:
          - alice@contoso.local
        moderators:
          - carol@contoso.local
        members:
          - bob@contoso.local
        cadence:
          core: monthly
          formats:
            - flash-talk
        language: en
        """;

    /// <summary>The valid charter with one whole line (1-based) replaced.</summary>
    public static string WithLine(int line, string replacement)
    {
        var lines = Valid.Split('\n').ToList();
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }

    /// <summary>The valid charter without the given lines (1-based).</summary>
    public static string WithoutLines(params int[] lines) =>
        string.Join('\n', Valid.Split('\n').Where((_, index) => !lines.Contains(index + 1)));
}
