namespace CopSites.SharePoint.Tests.CommunityTemplates;

/// <summary>
/// Community templates that plan but are not yet applied cleanly, each with the one failure it is known to meet. The
/// test holds them to exactly that failure, so a template cannot get worse unnoticed, and fails once the gap is closed
/// (then move the template to the applied ones in docs/community-templates.md).
/// </summary>
internal static class KnownGaps
{
    public static readonly IReadOnlyDictionary<string, string> ByFile = new Dictionary<string, string>
    {
        // Data rows give the Person column as a UPN. The gateway does not resolve the builders' `people` (ensureUser)
        // yet and the local tenant has no ensureUser; the UPN is also a user of the sample author's tenant.
        ["schema_LookupField.xml"] = "Field 'PnPOrderTarget' is required",
    };
}
