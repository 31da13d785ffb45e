using CopSites.Domain;
using CopSites.Provisioning.Charters;

namespace CopSites.Provisioning.Tests.Charters;

/// <summary>The charter's <c>spotlights:</c> setting: named by default, anonymous on request, anything else refused with its line.</summary>
public class SpotlightsTests
{
    [Fact]
    public void Spotlights_AreNamedByDefault()
    {
        CharterReader.Parse(CharterYaml.Valid, "c.yaml").Charter!.Spotlights.ShouldBe(SpotlightMode.Named);
    }

    [Theory]
    [InlineData("anonymous", SpotlightMode.Anonymous)]
    [InlineData("Named", SpotlightMode.Named)]
    public void Spotlights_CanBeChosen(string value, SpotlightMode expected)
    {
        var result = CharterReader.Parse(CharterYaml.Valid + "\nspotlights: " + value + "\n", "c.yaml");

        result.Succeeded.ShouldBeTrue(string.Join(Environment.NewLine, result.Errors));
        result.Charter!.Spotlights.ShouldBe(expected);
    }

    [Fact]
    public void AnUnknownValue_IsRefusedNamingTheFieldAndLine()
    {
        var yaml = CharterYaml.Valid + "\nspotlights: everyone\n";
        var line = yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("spotlights:", StringComparison.Ordinal)) + 1;

        var result = CharterReader.Parse(yaml, "c.yaml");

        var error = result.Errors.ShouldHaveSingleItem();
        error.FieldPath.ShouldBe("spotlights");
        error.Line.ShouldBe(line);
        error.Message.ShouldContain("allowed values: named, anonymous");
    }
}
