namespace CopSites.Domain;

/// <summary>
/// How the Usage page's recognition spotlights show people (guide §5): by name, as the guide wants for staff
/// visibility, or without names for communities that prefer it. Set by the charter's <c>spotlights:</c>.
/// </summary>
public enum SpotlightMode
{
    /// <summary>Spotlights name the contributors and connectors (the default).</summary>
    Named,

    /// <summary>Spotlights describe contributions without naming anyone.</summary>
    Anonymous,
}
