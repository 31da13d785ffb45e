namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Mappers for the small shapes many elements share: key/value lists and user lists.</summary>
internal static class CommonMapper
{
    /// <summary>Reads children named <paramref name="itemName"/> with <c>Key</c>/<c>Value</c> attributes.</summary>
    public static ValueList<TemplateProperty> Properties(ElementScope scope, string itemName = "Property")
    {
        var items = new List<TemplateProperty>();
        scope.Children(new Dictionary<string, Action<ElementScope>>
        {
            [itemName] = item => items.Add(new TemplateProperty(item.Required("Key"), item.String("Value") ?? string.Empty)),
        });
        return items.ToValueList();
    }

    public static UserList Users(ElementScope scope)
    {
        var clear = scope.Bool("ClearExistingItems");
        var users = new List<string>();
        scope.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["User"] = user => users.Add(user.Required("Name")),
        });
        return new UserList(clear, users.ToValueList());
    }
}
