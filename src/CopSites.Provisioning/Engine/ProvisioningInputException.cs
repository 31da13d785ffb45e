namespace CopSites.Provisioning.Engine;

/// <summary>The template or charter cannot be applied as written; nothing was written. Each problem names what and where.</summary>
public sealed class ProvisioningInputException(IReadOnlyList<string> problems)
    : Exception("The template cannot be applied:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    /// <summary>Each problem, naming the element and its location.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
