namespace CopSites.Provisioning.Charters;

/// <summary>The Microsoft 365 group's <c>visibility</c> as Graph spells it.</summary>
public enum GroupVisibility
{
    /// <summary>Anyone in the organisation can see the content and join.</summary>
    Public,

    /// <summary>Only members see the content; owners add members.</summary>
    Private,
}
