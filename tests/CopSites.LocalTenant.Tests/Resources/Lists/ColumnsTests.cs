using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Lists;

public sealed class ColumnsTests(TenantFixture tenant) : IClassFixture<TenantFixture>
{
    [Fact]
    public async Task CreateSiteColumn_MultiChoiceWithDisplayNameOnly_DerivesInternalNameAndDefaults()
    {
        var siteId = await TeamSites.CreateAsync(tenant);

        var column = await tenant.Graph.Sites[siteId].Columns.PostAsync(new ColumnDefinition
        {
            DisplayName = "Cop Topics",
            Choice = new ChoiceColumn { Choices = ["Transport", "Energy"], DisplayAs = "checkBoxes" },
        });

        column!.Name.ShouldBe("Cop_x0020_Topics");
        Guid.TryParse(column.Id, out _).ShouldBeTrue();
        column.ColumnGroup.ShouldBe("Custom Columns");
        column.Choice!.AllowTextEntry.ShouldBe(false);
        var all = await tenant.Graph.Sites[siteId].Columns.GetAsync();
        all!.Value!.Select(c => c.Name).ShouldContain("Cop_x0020_Topics");
        all.Value!.Select(c => c.Name).ShouldContain("Title");
    }

    [Fact]
    public async Task CreateColumn_NoFacetOrTwoFacets_Is400()
    {
        var siteId = await TeamSites.CreateAsync(tenant);

        var none = await Should.ThrowAsync<ODataError>(() => tenant.Graph.Sites[siteId].Columns.PostAsync(new ColumnDefinition { Name = "Bare" }));
        var two = await Should.ThrowAsync<ODataError>(() => tenant.Graph.Sites[siteId].Columns.PostAsync(new ColumnDefinition
        {
            Name = "Both", Text = new TextColumn(), Number = new NumberColumn(),
        }));

        none.ResponseStatusCode.ShouldBe(400);
        two.ResponseStatusCode.ShouldBe(400);
        two.Error!.Message!.ShouldContain("text and number");
    }

    [Fact]
    public async Task CreateListColumn_SameNameTwice_Is409ButSameNameOnAnotherListIsFine()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var first = await TeamSites.CreateListAsync(tenant, siteId, "First", new ColumnDefinition { Name = "Country", Text = new TextColumn() });
        var second = await TeamSites.CreateListAsync(tenant, siteId, "Second");

        var error = await Should.ThrowAsync<ODataError>(() => tenant.Graph.Sites[siteId].Lists[first.Id].Columns.PostAsync(
            new ColumnDefinition { Name = "country", Number = new NumberColumn() }));
        var other = await tenant.Graph.Sites[siteId].Lists[second.Id].Columns.PostAsync(new ColumnDefinition { Name = "Country", Text = new TextColumn() });

        error.ResponseStatusCode.ShouldBe(409);
        error.Error!.Code.ShouldBe("nameAlreadyExists");
        other!.Name.ShouldBe("Country");
    }

    [Fact]
    public async Task CreateColumn_NameWithSpaces_Is400()
    {
        var siteId = await TeamSites.CreateAsync(tenant);

        var (status, body, _) = await tenant.SendAsync(HttpMethod.Post, $"v1.0/sites/{siteId}/columns", new { name = "Has Space", text = new { } });

        status.ShouldBe(400);
        body!["error"]!["code"]!.ToString().ShouldBe("invalidRequest");
    }

    [Fact]
    public async Task CreateLookupColumn_ToMissingList_Is400AndToExistingListWorks()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var countries = await TeamSites.CreateListAsync(tenant, siteId, "Countries");
        var list = await TeamSites.CreateListAsync(tenant, siteId, "Projects");

        var error = await Should.ThrowAsync<ODataError>(() => tenant.Graph.Sites[siteId].Lists[list.Id].Columns.PostAsync(new ColumnDefinition
        {
            Name = "Country", Lookup = new LookupColumn { ListId = Guid.NewGuid().ToString(), ColumnName = "Title" },
        }));
        var lookup = await tenant.Graph.Sites[siteId].Lists[list.Id].Columns.PostAsync(new ColumnDefinition
        {
            Name = "Country", Lookup = new LookupColumn { ListId = countries.Id, ColumnName = "Title" },
        });

        error.ResponseStatusCode.ShouldBe(400);
        lookup!.Lookup!.ListId.ShouldBe(countries.Id);
    }

    [Fact]
    public async Task UpdateAndDeleteColumn_ChangesFlagsKeepsName_BuiltInCannotBeDeleted()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var list = await TeamSites.CreateListAsync(tenant, siteId, "Tracker", new ColumnDefinition { Name = "Unit", Text = new TextColumn() });
        var unit = (await tenant.Graph.Sites[siteId].Lists[list.Id].Columns.GetAsync())!.Value!.Single(c => c.Name == "Unit");

        var updated = await tenant.Graph.Sites[siteId].Lists[list.Id].Columns[unit.Id].PatchAsync(new ColumnDefinition { DisplayName = "Org Unit", Indexed = true });
        var builtIn = await Should.ThrowAsync<ODataError>(() =>
            tenant.Graph.Sites[siteId].Lists[list.Id].Columns["fa564e0f-0c70-4ab9-b863-0177e6ddd247"].DeleteAsync());
        await tenant.Graph.Sites[siteId].Lists[list.Id].Columns[unit.Id].DeleteAsync();

        updated!.Name.ShouldBe("Unit");
        updated.DisplayName.ShouldBe("Org Unit");
        updated.Indexed.ShouldBe(true);
        builtIn.ResponseStatusCode.ShouldBe(400);
        (await tenant.Graph.Sites[siteId].Lists[list.Id].Columns.GetAsync())!.Value!.Select(c => c.Name).ShouldNotContain("Unit");
    }
}
