using CopSites.Domain;

namespace CopSites.Provisioning.Charters;

/// <summary>
/// The guest settings a composition implies (guide §3.2): internal → no guests, no external sharing;
/// hybrid → owners may add guests, and the site shares with authenticated guests only (never anonymous links).
/// </summary>
/// <param name="AllowGuests">The group setting <c>AllowToAddGuests</c>.</param>
/// <param name="SharingCapability">
/// The SharePoint site <c>SharingCapability</c> value: <c>Disabled</c> or <c>ExternalUserSharingOnly</c>.
/// </param>
public sealed record GuestSharingPolicy(bool AllowGuests, string SharingCapability)
{
    /// <summary>SharePoint's value for "only people in your organisation".</summary>
    public const string SharingDisabled = "Disabled";

    /// <summary>SharePoint's value for "new and existing guests" (sign-in required).</summary>
    public const string ExternalUserSharingOnly = "ExternalUserSharingOnly";

    /// <summary>Returns the policy for a composition.</summary>
    public static GuestSharingPolicy For(Composition composition)
    {
        ArgumentNullException.ThrowIfNull(composition);
        return composition.IncludesExternalPeople
            ? new GuestSharingPolicy(AllowGuests: true, ExternalUserSharingOnly)
            : new GuestSharingPolicy(AllowGuests: false, SharingDisabled);
    }
}
