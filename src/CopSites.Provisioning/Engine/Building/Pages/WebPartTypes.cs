namespace CopSites.Provisioning.Engine.Building.Pages;

/// <summary>
/// The component ids (<c>webPartType</c>) of SharePoint's first-party web parts, by the names PnP templates use in
/// <c>CanvasControl/@WebPartType</c> (PnP Framework's ClientSideWebPartEnumToName).
/// </summary>
public static class WebPartTypes
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BingMap"] = "e377ea37-9047-43b9-8cdb-a761be2f8e09",
        ["Button"] = "0f087d7f-520e-42b7-89c0-496aaf979d58",
        ["CallToAction"] = "df8e44e7-edd5-46d5-90da-aca1539313b8",
        ["ClientWebPart"] = "243166f5-4dc3-4fe2-9df2-a7971b546a0a",
        ["CodeSnippet"] = "7b317bca-c919-4982-af2f-8399173e5a1e",
        ["ContentEmbed"] = "490d7c76-1824-45b2-9de3-676421c997fa",
        ["ContentRollup"] = "daf0b71c-6de8-4ef7-b511-faae7c388708",
        ["CountDown"] = "62cac389-787f-495d-beca-e11786162ef4",
        ["CustomMessageRegion"] = "71c19a43-d08c-4178-8218-4df8554c0b0e",
        ["Divider"] = "2161a1c6-db61-4731-b97c-3cdb303f7cbb",
        ["DocumentEmbed"] = "b7dd04e1-19ce-4b24-9132-b60a1c2b910d",
        ["Events"] = "20745d7d-8581-4a6c-bf26-68279bc123fc",
        ["GroupCalendar"] = "6676088b-e28e-4a90-b9cb-d0d0303cd2eb",
        ["Hero"] = "c4bd7b2f-7b6e-4599-8485-16504575f590",
        ["Image"] = "d1d91016-032f-456d-98a4-721247c305e8",
        ["ImageGallery"] = "af8be689-990e-492a-81f7-ba3e4cd3ed9c",
        ["LinkPreview"] = "6410b3b6-d440-4663-8744-378976dc041e",
        ["List"] = "f92bf067-bc19-489e-a556-7fe95f508720",
        ["ListProperties"] = "a8cd4347-f996-48c1-bcfb-75373fed2a27",
        ["MarkDown"] = "1ef5ed11-ce7b-44be-bc5e-4abd55101d16",
        ["MicrosoftForms"] = "b19b3b9e-8d13-4fec-a93c-401a091c0707",
        ["MyDocuments"] = "b519c4f1-5cf7-4586-a678-2f1c62cc175a",
        ["News"] = "a5df8fdf-b508-4b66-98a6-d83bc2597f63",
        ["NewsFeed"] = "0ef418ba-5d19-4ade-9db0-b339873291d0",
        ["NewsReel"] = "a5df8fdf-b508-4b66-98a6-d83bc2597f63",
        ["PageFields"] = "cf91cf5d-ac23-4a7a-9dbc-cd9ea2a4e859",
        ["PageTitle"] = "cbe7b0a9-3504-44dd-a3a3-0e5cacd07788",
        ["People"] = "7f718435-ee4d-431c-bdbf-9c4ff326f46e",
        ["Planner"] = "39c4c1c2-63fa-41be-8cc2-f6c0b49b253d",
        ["PowerApps"] = "9d7e898c-f1bb-473a-9ace-8b415036578b",
        ["PowerBIReportEmbed"] = "58fcd18b-e1af-4b0a-b23b-422c2c52d5a2",
        ["QuickChart"] = "91a50c94-865f-4f5c-8b4e-e49659e69772",
        ["QuickLinks"] = "c70391ea-0b10-4ee9-b2b4-006d3fcad0cd",
        ["SiteActivity"] = "eb95c819-ab8f-4689-bd03-0c2d65d47b1f",
        ["Sites"] = "7cba020c-5ccb-42e8-b6fc-75b3149aba7b",
        ["Spacer"] = "8654b779-4886-46d4-8ffb-b5ed960ee986",
        ["VideoEmbed"] = "275c0095-a77e-4f6d-a2a0-6a7626911518",
        ["Weather"] = "868ac3c3-cad7-4bd6-9a1c-14dc5cc8e823",
        ["YammerEmbed"] = "31e9537e-f9dc-40a4-8834-0e3b7df418bc",
        ["YammerFullFeed"] = "cb3bfe97-a47f-47ca-bffb-bb9a5ff83d75",
        ["YouTube"] = "544dd15b-cf3c-441b-96da-004d5a8cea1d",
    };

    /// <summary>
    /// The component id of a control: its <c>WebPartType</c> when that is a GUID or a known name; for <c>Custom</c>
    /// and <c>ThirdParty</c> controls, the <c>id</c> in its control data. Null when none applies.
    /// </summary>
    public static string? Resolve(string webPartType, string? controlDataId)
    {
        if (Guid.TryParse(webPartType, out var guid))
        {
            return guid.ToString("D");
        }

        if (ByName.TryGetValue(webPartType, out var id))
        {
            return id;
        }

        var custom = webPartType is "Custom" or "ThirdParty";
        return custom && Guid.TryParse(controlDataId, out var fromData) ? fromData.ToString("D") : null;
    }
}
