namespace CopSites.Provisioning.Templates;

/// <summary>How serious a <see cref="TemplateDiagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is lost.</summary>
    Info,

    /// <summary>Part of the template will not be applied (for example an unsupported element).</summary>
    Warning,

    /// <summary>The template cannot be used as it is.</summary>
    Error,
}

/// <summary>One finding of the reader or the schema validator, tied to a place in the template.</summary>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Code">What kind of finding this is.</param>
/// <param name="Subject">What it is about, e.g. <c>pnp:CustomActions</c> or <c>pnp:ListInstance/@Direction</c>.</param>
/// <param name="Message">A sentence for people, naming the subject and the place.</param>
/// <param name="Location">Where in which file.</param>
public sealed record TemplateDiagnostic(
    DiagnosticSeverity Severity,
    TemplateDiagnosticCode Code,
    string Subject,
    string Message,
    SourceLocation Location)
{
    /// <summary>Formats as <c>path:line:column: severity code: message</c>, the shape compilers use.</summary>
    public override string ToString() =>
        $"{Location.FilePath}:{Location.Line}:{Location.Column}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
