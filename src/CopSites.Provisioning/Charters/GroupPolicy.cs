using CopSites.Domain;

namespace CopSites.Provisioning.Charters;

/// <summary>
/// The group settings a participation model implies (guide §3.2):
/// open → public group, anyone joins; moderated → private group, owners approve join requests;
/// closed → private group, invitation only.
/// </summary>
/// <param name="Visibility">The group's visibility.</param>
/// <param name="Join">How non-members get in.</param>
public sealed record GroupPolicy(GroupVisibility Visibility, JoinPolicy Join)
{
    /// <summary>Whether the group is public (the PnP <c>TeamSite/@IsPublic</c> and Graph <c>visibility</c>).</summary>
    public bool IsPublic => Visibility == GroupVisibility.Public;

    /// <summary>Whether non-members can ask for access (site access requests stay on, routed to the owners).</summary>
    public bool AcceptsJoinRequests => Join == JoinPolicy.OwnerApproval;

    /// <summary>Returns the policy for a participation model.</summary>
    public static GroupPolicy For(ParticipationModel participation)
    {
        ArgumentNullException.ThrowIfNull(participation);
        if (ReferenceEquals(participation, ParticipationModel.Open))
        {
            return new GroupPolicy(GroupVisibility.Public, JoinPolicy.SelfService);
        }

        if (ReferenceEquals(participation, ParticipationModel.Moderated))
        {
            return new GroupPolicy(GroupVisibility.Private, JoinPolicy.OwnerApproval);
        }

        if (ReferenceEquals(participation, ParticipationModel.Closed))
        {
            return new GroupPolicy(GroupVisibility.Private, JoinPolicy.InvitationOnly);
        }

        throw new ArgumentOutOfRangeException(nameof(participation), participation.Key, "Unknown participation model.");
    }
}
