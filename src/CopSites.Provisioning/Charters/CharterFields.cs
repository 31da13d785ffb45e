namespace CopSites.Provisioning.Charters;

/// <summary>The YAML field names of a charter (see docs/charter.md). Anything else is an error.</summary>
internal static class CharterFields
{
    public const string Name = "name";
    public const string Alias = "alias";
    public const string Domain = "domain";
    public const string Purpose = "purpose";
    public const string ExpectedResults = "expected_results";
    public const string Indicators = "indicators";
    public const string Participation = "participation";
    public const string Composition = "composition";
    public const string Leads = "leads";
    public const string Moderators = "moderators";
    public const string CoreGroup = "core_group";
    public const string Multipliers = "multipliers";
    public const string Members = "members";
    public const string Cadence = "cadence";
    public const string Language = "language";
    public const string HowToJoin = "how_to_join";
    public const string Stage = "stage";
    public const string KnowledgeProducts = "knowledge_products";
    public const string Spotlights = "spotlights";

    public const string CadenceCore = "core";
    public const string CadenceTouchpoints = "touchpoints";
    public const string CadenceFormats = "formats";

    public static IReadOnlyList<string> TopLevel { get; } =
    [
        Name, Alias, Domain, Purpose, ExpectedResults, Indicators, Participation, Composition,
        Leads, Moderators, CoreGroup, Multipliers, Members, Cadence, Language, HowToJoin, Stage, KnowledgeProducts, Spotlights,
    ];

    public static IReadOnlyList<string> CadenceLevel { get; } = [CadenceCore, CadenceTouchpoints, CadenceFormats];

    // Limits of the Microsoft 365 group the charter becomes: displayName and description.
    public const int MaxNameLength = 256;
    public const int MaxDomainLength = 1024;
}
