using System.Globalization;
using CopSites.Domain;

namespace CopSites.Provisioning.Charters;

/// <summary>Turns a charter into the standard template's parameter values.</summary>
internal static class CharterTemplateParameters
{
    public static IReadOnlyDictionary<string, string> From(Charter charter)
    {
        ArgumentNullException.ThrowIfNull(charter);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TemplateParameterNames.Name] = charter.Name,
            [TemplateParameterNames.Alias] = charter.Alias.Value,
            [TemplateParameterNames.Domain] = charter.Domain,
            [TemplateParameterNames.LanguageLcid] = charter.Language.Lcid.ToString(CultureInfo.InvariantCulture),
            [TemplateParameterNames.Participation] = charter.Participation.Label,
            [TemplateParameterNames.Composition] = charter.Composition.Label,
            [TemplateParameterNames.LifeCycleStage] = charter.Stage.Label,
            [TemplateParameterNames.DomainHtml] = Html.Paragraph(charter.Domain),
            [TemplateParameterNames.PurposeHtml] = Html.Paragraph(charter.Purpose),
            [TemplateParameterNames.ExpectedResultsHtml] = Html.List(charter.ExpectedResults),
            [TemplateParameterNames.CadenceHtml] = CadenceHtml(charter.Cadence),
            [TemplateParameterNames.LeadsHtml] = Html.List(charter.Leads.Select(upn => upn.Value)),
            [TemplateParameterNames.ModeratorsHtml] = charter.Moderators.Count > 0
                ? Html.List(charter.Moderators.Select(upn => upn.Value))
                : Html.Paragraph("The leads facilitate the community themselves."),
            [TemplateParameterNames.HowToJoinHtml] = JoinInstructions.ToHtml(charter),
            [TemplateParameterNames.IndicatorsHtml] = IndicatorsHtml(charter.Indicators),
            [TemplateParameterNames.KnowledgeProductsHtml] = charter.KnowledgeProducts.Count > 0
                ? Html.List(charter.KnowledgeProducts.Select(p => p.Label))
                : Html.Paragraph("The community will decide together which knowledge products to produce."),
        };
        return parameters;
    }

    private static string CadenceHtml(Cadence cadence)
    {
        var html = Html.RawParagraph($"<strong>Core cadence:</strong> {Html.Encode(cadence.Core.Label)}");
        if (cadence.Touchpoints.Count > 0)
        {
            html += Html.RawParagraph("<strong>Between meetings:</strong>") + Html.List(cadence.Touchpoints);
        }

        if (cadence.Formats.Count > 0)
        {
            html += Html.RawParagraph("<strong>Formats we plan to use:</strong>") + Html.List(cadence.Formats.Select(f => f.Label));
        }

        // Guide §3.3 and §4 step 3: short, purpose-driven sessions that leave a trace.
        return html + Html.Paragraph("Sessions last 90 minutes or less, and every session leaves a trace in the Events list.");
    }

    private static string IndicatorsHtml(IReadOnlyList<Indicator> indicators) =>
        Html.List(indicators.Select(i => $"{i.Label} ({i.Category.Label})"))
        + Html.Paragraph("We use these indicators to learn and adapt, not to evaluate people.");
}
