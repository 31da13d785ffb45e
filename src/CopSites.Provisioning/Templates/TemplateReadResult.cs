namespace CopSites.Provisioning.Templates;

/// <summary>What reading a template file produced: the model (when the file could be mapped) and every finding.</summary>
/// <param name="Hierarchy">The mapped model, or null when the file could not be read at all.</param>
/// <param name="Diagnostics">Findings in document order.</param>
/// <param name="SourceNamespace">The schema namespace of the root element, or null when the file could not be parsed.</param>
public sealed record TemplateReadResult(ProvisioningHierarchy? Hierarchy, ValueList<TemplateDiagnostic> Diagnostics, string? SourceNamespace)
{
    /// <summary>True when a model was produced and no finding is an error.</summary>
    public bool Succeeded => Hierarchy is not null && !Errors.Any();

    /// <summary>The findings with <see cref="DiagnosticSeverity.Error"/>.</summary>
    public IEnumerable<TemplateDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The subjects of every unsupported element, e.g. <c>pnp:Features</c>.</summary>
    public IEnumerable<string> UnsupportedElements =>
        Diagnostics.Where(d => d.Code == TemplateDiagnosticCode.UnsupportedElement).Select(d => d.Subject);
}
