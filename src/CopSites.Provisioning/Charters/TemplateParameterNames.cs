namespace CopSites.Provisioning.Charters;

/// <summary>
/// The parameters the standard template (provisioning-templates/cop-workspace.xml) declares, all filled by
/// <see cref="Charter.ToTemplateParameters"/>. Names ending in <c>Html</c> carry HTML-encoded fragments.
/// </summary>
public static class TemplateParameterNames
{
    /// <summary>Display name of the CoP (group, site title, home page title).</summary>
    public const string Name = "CopName";

    /// <summary>Mail nickname and URL segment.</summary>
    public const string Alias = "CopAlias";

    /// <summary>The domain as plain text (site description).</summary>
    public const string Domain = "CopDomain";

    /// <summary>The site language as an LCID, for example <c>1033</c>.</summary>
    public const string LanguageLcid = "CopLanguageLcid";

    /// <summary>Label of the participation model, for example <c>Moderated</c>.</summary>
    public const string Participation = "CopParticipation";

    /// <summary>Label of the composition, for example <c>Hybrid</c>.</summary>
    public const string Composition = "CopComposition";

    /// <summary>Label of the life-cycle stage, for example <c>Initiation</c>.</summary>
    public const string LifeCycleStage = "CopLifeCycleStage";

    /// <summary>The domain as an HTML paragraph.</summary>
    public const string DomainHtml = "CopDomainHtml";

    /// <summary>The purpose as an HTML paragraph.</summary>
    public const string PurposeHtml = "CopPurposeHtml";

    /// <summary>The expected results as an HTML list.</summary>
    public const string ExpectedResultsHtml = "CopExpectedResultsHtml";

    /// <summary>Core cadence, touchpoints and planned formats as HTML.</summary>
    public const string CadenceHtml = "CopCadenceHtml";

    /// <summary>The leads as an HTML list.</summary>
    public const string LeadsHtml = "CopLeadsHtml";

    /// <summary>The moderators as an HTML list, or a sentence saying the leads facilitate.</summary>
    public const string ModeratorsHtml = "CopModeratorsHtml";

    /// <summary>How to join, derived from participation and composition plus the charter's own text, as HTML.</summary>
    public const string HowToJoinHtml = "CopHowToJoinHtml";

    /// <summary>The chosen indicators as an HTML list.</summary>
    public const string IndicatorsHtml = "CopIndicatorsHtml";

    /// <summary>The knowledge products the CoP expects to produce, as HTML.</summary>
    public const string KnowledgeProductsHtml = "CopKnowledgeProductsHtml";

    /// <summary>Every parameter name, in the order the template declares them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Name, Alias, Domain, LanguageLcid, Participation, Composition, LifeCycleStage,
        DomainHtml, PurposeHtml, ExpectedResultsHtml, CadenceHtml, LeadsHtml, ModeratorsHtml,
        HowToJoinHtml, IndicatorsHtml, KnowledgeProductsHtml,
    ];
}
