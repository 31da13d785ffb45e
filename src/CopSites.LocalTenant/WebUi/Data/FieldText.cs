using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.Data;

/// <summary>
/// A list item field value as a person reads it: people and lookups by name, dates as dates, booleans as Yes/No,
/// hyperlinks as links (when their scheme is safe), managed metadata by label, multi-values joined.
/// </summary>
internal static class FieldText
{
    public static Markup Render(JsonNode? value, UiColumn column, UiRequest request) => value switch
    {
        null => Markup.Empty,
        JsonArray values => Markup.Join(values.Select((v, i) => Markup.Html($"{(i > 0 ? "; " : "")}{Render(v, column, request)}"))),
        JsonObject obj => Object(obj, request),
        JsonValue scalar => Scalar(scalar, column, request),
        _ => Markup.Empty,
    };

    private static Markup Object(JsonObject obj, UiRequest request)
    {
        if (obj.Text("Url", "url") is { } url)
        {
            var text = obj.Text("Description", "description") ?? url;
            var href = SafeUrl.TenantLink(url, request.HostName);
            return href is null ? Markup.Text(text) : Markup.Html($"<a href=\"{href}\">{text}</a>");
        }

        var person = obj.Object("user") ?? obj;
        var name = person.Text("LookupValue", "lookupValue", "displayName", "DisplayName", "Title", "title", "Label", "label", "Name", "name");
        var email = person.Text("Email", "email", "userPrincipalName");
        return Markup.Text(name ?? (email is null ? null : request.Tenant.Users.Find(email)?.DisplayName ?? email) ?? "");
    }

    private static Markup Scalar(JsonValue value, UiColumn column, UiRequest request)
    {
        var kind = value.GetValueKind();
        if (kind is JsonValueKind.True or JsonValueKind.False)
        {
            return Markup.Text(kind == JsonValueKind.True ? "Yes" : "No");
        }

        if (kind == JsonValueKind.Number)
        {
            var number = value.GetValue<double>();
            return Markup.Text(column.Kind == "currency" ? number.ToString("C", CultureInfo.GetCultureInfo("en-US")) : number.ToString("#,0.####", CultureInfo.InvariantCulture));
        }

        var text = DocumentReading.AsText(value) ?? "";
        return column.Kind switch
        {
            "personOrGroup" => Markup.Text(request.Tenant.Users.Find(text)?.DisplayName ?? text),
            "dateTime" when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) =>
                Markup.Text(at.UtcDateTime.TimeOfDay == TimeSpan.Zero ? DocumentReading.ShortDate(at) : DocumentReading.DateTime(at)),
            "boolean" => Markup.Text(text is "1" or "true" or "True" ? "Yes" : "No"),
            "hyperlinkOrPicture" when SafeUrl.TenantLink(text, request.HostName) is { } href => Markup.Html($"<a href=\"{href}\">{text}</a>"),
            _ => Markup.Text(text),
        };
    }
}
