using CopSites.Provisioning.Charters;
using CopSites.Domain;

namespace CopSites.Provisioning.Tests.Charters;

public class PolicyTests
{
    [Fact]
    public void GroupPolicy_Open_IsPublicWithSelfServiceJoin()
    {
        var sut = GroupPolicy.For(ParticipationModel.Open);

        sut.Visibility.ShouldBe(GroupVisibility.Public);
        sut.IsPublic.ShouldBeTrue();
        sut.Join.ShouldBe(JoinPolicy.SelfService);
        sut.AcceptsJoinRequests.ShouldBeFalse();
    }

    [Fact]
    public void GroupPolicy_Moderated_IsPrivateWithOwnerApprovedRequests()
    {
        var sut = GroupPolicy.For(ParticipationModel.Moderated);

        sut.IsPublic.ShouldBeFalse();
        sut.Join.ShouldBe(JoinPolicy.OwnerApproval);
        sut.AcceptsJoinRequests.ShouldBeTrue();
    }

    [Fact]
    public void GroupPolicy_Closed_IsPrivateByInvitationOnly()
    {
        var sut = GroupPolicy.For(ParticipationModel.Closed);

        sut.Visibility.ShouldBe(GroupVisibility.Private);
        sut.Join.ShouldBe(JoinPolicy.InvitationOnly);
        sut.AcceptsJoinRequests.ShouldBeFalse();
    }

    [Fact]
    public void GuestSharing_Internal_IsOff()
    {
        var sut = GuestSharingPolicy.For(Composition.Internal);

        sut.AllowGuests.ShouldBeFalse();
        sut.SharingCapability.ShouldBe("Disabled");
    }

    [Fact]
    public void GuestSharing_Hybrid_AllowsAuthenticatedGuestsOnly()
    {
        var sut = GuestSharingPolicy.For(Composition.Hybrid);

        sut.AllowGuests.ShouldBeTrue();
        sut.SharingCapability.ShouldBe("ExternalUserSharingOnly");
    }

    [Fact]
    public void Charter_DerivesBothPoliciesFromItsFields()
    {
        var charter = CharterReaderTests.Parse(CharterYaml.Valid) with
        {
            Participation = ParticipationModel.Moderated,
            Composition = Composition.Hybrid,
        };

        charter.GroupPolicy.ShouldBe(GroupPolicy.For(ParticipationModel.Moderated));
        charter.GuestSharing.ShouldBe(GuestSharingPolicy.For(Composition.Hybrid));
    }
}
