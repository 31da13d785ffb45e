namespace CopSites.Indicators.Simulation;

/// <summary>Knowledge product titles and topics for simulated CoPs.</summary>
internal static class Titles
{
    private static readonly string[] Kinds = ["Checklist", "Lessons learned", "FAQ", "Job aid", "Synthesis", "Template", "Learning note"];

    private static readonly string[] Topics =
    [
        "procurement", "bus rapid transit", "water tariffs", "results frameworks", "climate finance", "school meals", "e-government",
        "energy subsidies", "road safety", "impact evaluation", "public-private partnerships", "digital payments",
    ];

    public static string For(Random random) => $"{Kinds[random.Next(Kinds.Length)]}: {Topic(random)}";

    public static string Topic(Random random) => Topics[random.Next(Topics.Length)];
}
