using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Templates.Xml;
using CopSites.Testing;

namespace CopSites.Provisioning.Tests.Engine;

public sealed class NotAppliedSettingsTests
{
    [Fact]
    public void Of_StandardTemplate_NamesEverySettingItReadsButDoesNotApply_WithItsLine()
    {
        var template = new PnpTemplateReader().ReadFile(RepositoryPaths.StandardTemplate).Hierarchy!.Templates.Single();

        var notApplied = NotAppliedSettings.Of(template);

        notApplied.ShouldContain(s => s.StartsWith("ListInstance 'Events' @EnableVersioning (", StringComparison.Ordinal) && s.Contains("cop-workspace.xml:"));
        notApplied.ShouldContain(s => s.StartsWith("ListInstance 'Toolkit' @OnQuickLaunch", StringComparison.Ordinal));
        notApplied.ShouldAllBe(s => s.EndsWith("read, not applied", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_StandardTemplateAndCharter_CarriesThemIntoTheUnsupportedList()
    {
        var (request, problems) = ProvisioningInputs.Load(RepositoryPaths.StandardTemplate, RepositoryPaths.Charter("urban-mobility"), new ProvisioningOptions());

        problems.ShouldBeEmpty();
        request!.Unsupported.ShouldContain(s => s.Contains("@EnableVersioning", StringComparison.Ordinal));
    }
}
