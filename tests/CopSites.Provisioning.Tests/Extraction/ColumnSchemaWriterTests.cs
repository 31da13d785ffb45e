using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Extraction;

namespace CopSites.Provisioning.Tests.Extraction;

public sealed class ColumnSchemaWriterTests
{
    [Fact]
    public void Lookup_ToAListTheSiteDoesNotHave_KeepsTheIdAndSaysSo()
    {
        var notes = new ExtractionNotes();
        var column = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["name"] = "Elsewhere",
            ["displayName"] = "Elsewhere",
            ["lookup"] = new JsonObject { ["listId"] = "99999999-0000-0000-0000-000000000009", ["columnName"] = "Title" },
        };

        var field = ColumnSchemaWriter.Field(column, new SiteIndex(SiteState.Empty(SampleSite.Facts)), notes, "site")!;

        field.List.ShouldBe("99999999-0000-0000-0000-000000000009");
        notes.Warnings.ShouldHaveSingleItem().ShouldContain("Elsewhere");
    }

    [Fact]
    public void Number_UnboundedAsGraphReportsIt_HasNoMinOrMax()
    {
        var column = new JsonObject
        {
            ["name"] = "Count",
            ["number"] = new JsonObject { ["decimalPlaces"] = "automatic", ["displayAs"] = "number", ["minimum"] = double.MinValue, ["maximum"] = double.MaxValue },
        };

        var field = ColumnSchemaWriter.Field(column, new SiteIndex(SiteState.Empty(SampleSite.Facts)), new ExtractionNotes(), "site")!;

        field.SchemaXml.ShouldBe("<Field Name=\"Count\" StaticName=\"Count\" DisplayName=\"Count\" Type=\"Number\" Required=\"FALSE\" />");
    }
}
