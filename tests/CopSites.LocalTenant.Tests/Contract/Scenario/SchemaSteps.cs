using Microsoft.Graph.Models;
using Microsoft.Graph.Sites.Item.Lists.Item.ContentTypes.AddCopy;
using GraphList = Microsoft.Graph.Models.List;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>The community's information architecture: site columns, a "Session" content type, and a Sessions list using it.</summary>
internal static class SchemaSteps
{
    public static async Task RunAsync(ContractScenario s)
    {
        var site = s.Graph.Sites[s.SiteId];
        var format = await site.Columns.PostAsync(new ColumnDefinition
        {
            Name = "CopFormat", DisplayName = "Format", Choice = new ChoiceColumn { Choices = ["Roundtable", "Webinar", "Clinic"] },
        });
        var audience = await site.Columns.PostAsync(new ColumnDefinition { Name = "CopAudience", Text = new TextColumn() });
        await site.Columns.GetAsync();
        await site.Columns[format!.Id].GetAsync();
        await site.Columns[format.Id].PatchAsync(new ColumnDefinition { Description = "How the session is held" });
        var scratch = await site.Columns.PostAsync(new ColumnDefinition { Name = "CopScratch", Number = new NumberColumn() });
        await site.Columns[scratch!.Id].DeleteAsync();

        var session = await site.ContentTypes.PostAsync(new ContentType { Name = "CoP Session", Group = "CoP", Base = new ContentType { Id = "0x01" } });
        var type = site.ContentTypes[session!.Id];
        await site.ContentTypes.GetAsync();
        await type.GetAsync();
        await type.PatchAsync(new ContentType { Description = "A community session" });
        await type.Columns.PostAsync(Bind(s.SiteId, format.Id!));
        await type.ColumnLinks.PostAsync(new ColumnLink { Name = "CopAudience" });
        await type.Columns.GetAsync();
        await type.Columns[format.Id].GetAsync();
        await type.ColumnLinks.GetAsync();
        await type.ColumnLinks[audience!.Id].GetAsync();
        await type.BaseTypes.GetAsync();
        await type.Publish.PostAsync();
        await type.IsPublished.GetAsIsPublishedGetResponseAsync();
        await type.Unpublish.PostAsync();
        var draft = await site.ContentTypes.PostAsync(new ContentType { Name = "CoP Draft", Base = new ContentType { Id = "0x01" } });
        await site.ContentTypes[draft!.Id].Columns.PostAsync(Bind(s.SiteId, audience.Id!));
        await site.ContentTypes[draft.Id].Columns[audience.Id].PatchAsync(new ColumnDefinition { Required = true });
        await site.ContentTypes[draft.Id].Columns[audience.Id].DeleteAsync();
        await site.ContentTypes[draft.Id].ColumnLinks.PostAsync(new ColumnLink { Name = "CopAudience" });
        await site.ContentTypes[draft.Id].ColumnLinks[audience.Id].DeleteAsync();
        await site.ContentTypes[draft.Id].DeleteAsync();

        await ListSchemaAsync(s, session.Id!);
    }

    private static async Task ListSchemaAsync(ContractScenario s, string sessionTypeId)
    {
        var created = await s.Graph.Sites[s.SiteId].Lists.PostAsync(new GraphList
        {
            DisplayName = "Sessions",
            ListProp = new ListInfo { Template = "genericList" },
            Columns = [new ColumnDefinition { Name = "Seats", Number = new NumberColumn() }],
        });
        s.ListId = created!.Id!;
        var list = s.Graph.Sites[s.SiteId].Lists[s.ListId];
        var venue = await list.Columns.PostAsync(new ColumnDefinition { Name = "Venue", Indexed = true, Text = new TextColumn() });
        await list.Columns.GetAsync();
        await list.Columns[venue!.Id].GetAsync();
        await list.Columns[venue.Id].PatchAsync(new ColumnDefinition { DisplayName = "Venue or link" });
        var scratch = await list.Columns.PostAsync(new ColumnDefinition { Name = "Scratch", Boolean = new BooleanColumn() });
        await list.Columns[scratch!.Id].DeleteAsync();

        var copy = await list.ContentTypes.AddCopy.PostAsync(new AddCopyPostRequestBody
        {
            ContentType = $"https://graph.microsoft.com/v1.0/sites/{s.SiteId}/contentTypes/{sessionTypeId}",
        });
        var type = list.ContentTypes[copy!.Id];
        await list.ContentTypes.GetAsync();
        await type.GetAsync();
        await type.PatchAsync(new ContentType { Description = "Sessions of this community" });
        await type.ColumnLinks.PostAsync(new ColumnLink { Name = "Venue" });
        await type.Columns.GetAsync();
        await type.Columns[venue.Id].GetAsync();
        await type.Columns[venue.Id].PatchAsync(new ColumnDefinition { Hidden = false });
        await type.ColumnLinks.GetAsync();
        await type.ColumnLinks[venue.Id].GetAsync();
        await type.BaseTypes.GetAsync();
        await type.Publish.PostAsync();
        await type.IsPublished.GetAsIsPublishedGetResponseAsync();
        await type.Unpublish.PostAsync();

        var local = await list.ContentTypes.PostAsync(new ContentType { Name = "Session Note", Base = new ContentType { Id = "0x01" } });
        await list.ContentTypes[local!.Id].Columns.PostAsync(new ColumnDefinition { Name = "NoteKind", Text = new TextColumn() });
        var noteKind = (await list.ContentTypes[local.Id].Columns.GetAsync())!.Value!.Single(c => c.Name == "NoteKind");
        await list.ContentTypes[local.Id].Columns[noteKind.Id].DeleteAsync();
        await list.ContentTypes[local.Id].ColumnLinks.PostAsync(new ColumnLink { Name = "Venue" });
        await list.ContentTypes[local.Id].ColumnLinks[venue.Id].DeleteAsync();
        await list.ContentTypes[local.Id].DeleteAsync();
    }

    // A fresh body per request: the SDK's backing store sends only changed values when an object is posted twice.
    private static ColumnDefinition Bind(string siteId, string columnId) => new()
    {
        AdditionalData = new Dictionary<string, object> { ["sourceColumn@odata.bind"] = $"https://graph.microsoft.com/v1.0/sites/{siteId}/columns/{columnId}" },
    };
}
