namespace CopSites.LocalTenant.Resources.Pages;

/// <summary>
/// The standard web parts Graph v1.0 documents as supported when creating a page (sitepage-create.md); "attempting
/// to add unsupported web parts will result in a failure". Quick Chart and List are not on it and go through SharePoint REST.
/// </summary>
internal static class WebPartTypes
{
    /// <summary>Supported webPartType GUIDs and their names.</summary>
    public static readonly IReadOnlyDictionary<Guid, string> Supported = new Dictionary<Guid, string>
    {
        [Guid.Parse("e377ea37-9047-43b9-8cdb-a761be2f8e09")] = "Bing Maps",
        [Guid.Parse("0f087d7f-520e-42b7-89c0-496aaf979d58")] = "Button",
        [Guid.Parse("df8e44e7-edd5-46d5-90da-aca1539313b8")] = "Call To Action",
        [Guid.Parse("2161a1c6-db61-4731-b97c-3cdb303f7cbb")] = "Divider",
        [Guid.Parse("b7dd04e1-19ce-4b24-9132-b60a1c2b910d")] = "Document Embed",
        [Guid.Parse("d1d91016-032f-456d-98a4-721247c305e8")] = "Image",
        [Guid.Parse("af8be689-990e-492a-81f7-ba3e4cd3ed9c")] = "Image Gallery",
        [Guid.Parse("6410b3b6-d440-4663-8744-378976dc041e")] = "Link Preview",
        [Guid.Parse("e84a8ca2-f63c-4fb9-bc0b-d8eef5ccb22b")] = "Org Chart",
        [Guid.Parse("7f718435-ee4d-431c-bdbf-9c4ff326f46e")] = "People",
        [Guid.Parse("c70391ea-0b10-4ee9-b2b4-006d3fcad0cd")] = "Quick Links",
        [Guid.Parse("8654b779-4886-46d4-8ffb-b5ed960ee986")] = "Spacer",
        [Guid.Parse("544dd15b-cf3c-441b-96da-004d5a8cea1d")] = "YouTube Embed",
        [Guid.Parse("cbe7b0a9-3504-44dd-a3a3-0e5cacd07788")] = "Title Area",
    };

    /// <summary>Known web parts Graph v1.0 does not create, named so the error says which one was refused.</summary>
    public static readonly IReadOnlyDictionary<Guid, string> RestOnly = new Dictionary<Guid, string>
    {
        [Guid.Parse("91a50c94-865f-4f5c-8b4e-e49659e69772")] = "Quick Chart",
        [Guid.Parse("f92bf067-bc19-489e-a556-7fe95f508720")] = "List",
    };
}
