using CopSites.Domain;

namespace CopSites.Provisioning.Charters;

/// <summary>The "how to join" text for the home page, derived from the charter's participation and composition.</summary>
public static class JoinInstructions
{
    /// <summary>The sentence that explains how to join a CoP with this participation model.</summary>
    public static string For(ParticipationModel participation)
    {
        ArgumentNullException.ThrowIfNull(participation);
        return participation.Key switch
        {
            "open" => "This is an open community: anyone with a genuine interest in the topic can join. Select Join at the top of the site, or ask a lead to add you.",
            "moderated" => "This community is moderated: anyone can ask to join, and a lead approves each request. Request access from the site, or write to a lead, saying briefly how the topic relates to your work.",
            "closed" => "Membership is by invitation: the leads invite members based on their roles and responsibilities. If you think you should take part, contact a lead.",
            _ => throw new ArgumentOutOfRangeException(nameof(participation), participation.Key, "Unknown participation model."),
        };
    }

    /// <summary>The sentence about external partners, or <see langword="null"/> for an internal CoP.</summary>
    public static string? For(Composition composition)
    {
        ArgumentNullException.ThrowIfNull(composition);
        return composition.IncludesExternalPeople
            ? "Partners from outside the Bank (government agencies, academia, think tanks, implementing partners) take part as guests invited by the leads."
            : null;
    }

    /// <summary>The full HTML: participation sentence, partner sentence when hybrid, then the charter's own text.</summary>
    public static string ToHtml(Charter charter)
    {
        ArgumentNullException.ThrowIfNull(charter);
        var html = Html.Paragraph(For(charter.Participation));
        if (For(charter.Composition) is { } partners)
        {
            html += Html.Paragraph(partners);
        }

        if (!string.IsNullOrWhiteSpace(charter.HowToJoin))
        {
            html += Html.Paragraph(charter.HowToJoin);
        }

        return html;
    }
}
