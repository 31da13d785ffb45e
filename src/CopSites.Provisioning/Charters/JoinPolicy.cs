namespace CopSites.Provisioning.Charters;

/// <summary>How a person who is not yet a member gets in.</summary>
public enum JoinPolicy
{
    /// <summary>Joins directly (public group "Join" button); no approval.</summary>
    SelfService,

    /// <summary>Asks to join; a group owner (a lead) approves or declines the request.</summary>
    OwnerApproval,

    /// <summary>Cannot ask; only owners add people. Site access requests are switched off.</summary>
    InvitationOnly,
}
