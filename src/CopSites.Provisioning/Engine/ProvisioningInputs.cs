using CopSites.Provisioning.Charters;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Templates.Validation;
using CopSites.Provisioning.Templates.Xml;

namespace CopSites.Provisioning.Engine;

/// <summary>
/// Reads a template and a charter into a provisioning request, or the list of what is wrong with them (each naming
/// file, element or field, and line). Nothing touches a tenant until both are clean.
/// </summary>
public static class ProvisioningInputs
{
    /// <summary>The request, or every problem found (none of them touches a tenant).</summary>
    public static (ProvisioningRequest? Request, IReadOnlyList<string> Problems) Load(string templatePath, string charterPath, ProvisioningOptions options)
    {
        var problems = new List<string>();
        var read = new PnpTemplateReader().ReadFile(templatePath);
        problems.AddRange(read.Errors.Select(e => e.ToString()));
        problems.AddRange(TemplateTokenCheck.Check(templatePath).Select(e => e.Message));
        var charter = CharterReader.Read(charterPath);
        problems.AddRange(charter.Errors.Select(e => e.ToString()));
        var template = read.Hierarchy?.Templates.FirstOrDefault();
        if (read.Hierarchy is not null && template is null)
        {
            problems.Add($"{templatePath}: the file holds no ProvisioningTemplate.");
        }

        if (problems.Count > 0 || template is null || !charter.Succeeded)
        {
            return (null, problems);
        }

        var parameters = read.Hierarchy!.Parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in charter.Charter.ToTemplateParameters())
        {
            parameters[key] = value;
        }

        var ruleProblems = TemplateRules.Check(template, parameters, "/sites/" + charter.Charter.Alias.Value);
        if (ruleProblems.Count > 0)
        {
            return (null, ruleProblems);
        }

        var request = new ProvisioningRequest
        {
            Template = template,
            Target = new SiteTarget(charter.Charter.Alias.Value, charter.Charter.Name),
            Charter = charter.Charter,
            Parameters = parameters,
            Unsupported = read.Diagnostics.Where(d => d.Code == CopSites.Provisioning.Templates.TemplateDiagnosticCode.UnsupportedElement)
                .Select(d => $"{d.Subject} ({d.Location})").Concat(NotAppliedSettings.Of(template)).ToArray(),
            Options = options,
        };
        return (request, []);
    }
}
