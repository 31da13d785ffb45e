namespace CopSites.Provisioning.Engine.Building.Columns;

/// <summary>
/// Columns SharePoint gives lists and content types without a template defining them. Templates reference them by id
/// or name (the standard template renames <c>Title</c> per list); knowing them lets a reference to anything else fail
/// as an unknown field instead of being sent to the tenant.
/// </summary>
public static class BuiltInFields
{
    /// <summary>A built-in column: internal name, id and CAML type (for converting data row values).</summary>
    public sealed record BuiltInField(string Name, Guid Id, string Type);

    private static readonly BuiltInField[] Known =
    [
        new("Title", Guid.Parse("fa564e0f-0c70-4ab9-b863-0177e6ddd247"), "Text"),
        new("LinkTitle", Guid.Parse("82642ec8-ef9b-478f-acf9-31f7d45fbc31"), "Computed"),
        new("FileLeafRef", Guid.Parse("8553196d-ec8d-4564-9861-3dbe931050c8"), "File"),
        new("EventDate", Guid.Parse("64cd368d-2f95-4bfc-a1f9-8d4324ecb007"), "DateTime"),
        new("EndDate", Guid.Parse("2684f9f2-54be-429f-ba06-76754fc056bf"), "DateTime"),
        new("Location", Guid.Parse("288f5f32-8462-4175-8f09-dd7ba29359a9"), "Text"),
        new("Description", Guid.Parse("9da97a8a-1da5-4a77-98d3-4bc10456e700"), "Note"),
        new("fAllDayEvent", Guid.Parse("7d95d1f4-f5fd-4a70-90cd-b35abc9b5bc8"), "AllDayEvent"),
        new("Category", Guid.Parse("6df9bd52-550e-4a30-bc31-a4366832a87d"), "Choice"),
    ];

    /// <summary>The built-in column with this id or internal name, or null.</summary>
    public static BuiltInField? Find(Guid? id, string? name) =>
        Known.FirstOrDefault(f => id is { } g && f.Id == g)
        ?? Known.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
