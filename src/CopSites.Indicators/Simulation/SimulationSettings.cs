namespace CopSites.Indicators.Simulation;

/// <summary>What to simulate.</summary>
/// <param name="Members">People who join over the year.</param>
/// <param name="Months">How many months of life, ending at the snapshot.</param>
/// <param name="Actions">Roughly how many recorded actions (posts, attendances, product uses, pulse answers) in all.</param>
/// <param name="Profile">Growth then plateau, or decline.</param>
/// <param name="Seed">The random seed: the same settings and seed give the same community.</param>
/// <param name="Units">Units people work in.</param>
/// <param name="Countries">Countries people work from.</param>
public sealed record SimulationSettings(int Members, int Months, int Actions, LifeProfile Profile, int Seed, IReadOnlyList<string> Units, IReadOnlyList<string> Countries)
{
    /// <summary>The IDB-like defaults: 8 units, 10 countries.</summary>
    public static SimulationSettings For(int members, int months, int actions, LifeProfile profile, int seed) => new(members, months, actions, profile, seed,
        ["Water and Sanitation", "Energy", "Transport", "Education", "Health", "Fiscal Management", "Innovation", "Climate Change"],
        ["Argentina", "Brazil", "Chile", "Colombia", "Mexico", "Peru", "Uruguay", "Jamaica", "Haiti", "Guatemala"]);
}
