using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Columns;
using CopSites.LocalTenant.Resources.Lists;
using CopSites.LocalTenant.SharePointRest.Pipeline;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Items;

/// <summary>
/// POST …/items({id})/ValidateUpdateListItem(): the SharePoint REST route that writes list item fields from their
/// form text, including managed-metadata columns ("Label|TermGuid;Label|TermGuid"), which Graph cannot write. As
/// SharePoint does, every field gets a result (ErrorCode, ErrorMessage, HasException) and nothing is saved when
/// any field fails; a term column's hidden note field ("{Display name}_0") is kept in step with it.
/// </summary>
internal sealed class ValidateUpdateListItemModule : IRestRouteModule
{
    public void Map(RestRouteTable routes)
    {
        foreach (var list in new[] { "web/lists(guid'{id}')", "web/lists/GetByTitle('{title}')" })
        {
            routes.Map("POST", $"{list}/items({{item}})/ValidateUpdateListItem()", ScopeRequirement.SitesWrite, ValidateAsync);
            routes.Map("POST", $"{list}/items({{item}})/ValidateUpdateListItem", ScopeRequirement.SitesWrite, ValidateAsync);
        }
    }

    private static async Task<RestResult> ValidateAsync(RestRequest request, CancellationToken ct)
    {
        var body = request.JsonBody();
        var formValues = RestRequest.Property(body, "formValues") as JsonArray
            ?? throw RestProblem.Argument("The parameter formValues is required.");
        var results = await request.Tenant.Database.WriteAsync(async s =>
        {
            var list = new ResolvedList(request.Site, await SharePointRest.Web.ListsModule.FindAsync(s, request, ct));
            var item = await s.GetAsync(EntityKinds.ListItem, list.ChildScope, request.Route("item"), ct)
                ?? throw RestProblem.ItemNotFound("Item does not exist. It may have been deleted by another user.");
            var columns = await ColumnStore.ListAsync(s, list.Columns, ct);
            var doc = item.CloneDocument();
            var fields = doc["fields"] as JsonObject ?? [];
            var outcome = new List<RestEntity>();
            foreach (var entry in formValues.OfType<JsonObject>())
            {
                var name = entry["FieldName"]?.GetValue<string>() ?? "";
                var text = entry["FieldValue"]?.GetValue<string>() ?? "";
                var error = Apply(columns, fields, name, text);
                outcome.Add(Result(name, text, error, item.Id));
            }

            if (outcome.All(r => r.Properties["HasException"]!.GetValue<bool>() == false))
            {
                doc["fields"] = fields;
                doc["lastModifiedBy"] = CallerIdentityOf(request);
                await s.ReplaceAsync(EntityKinds.ListItem, list.ChildScope, item.Id, doc, null, ct);
            }

            return outcome;
        }, ct);
        return RestResult.Ok(new RestCollection("SP.ListItemFormUpdateValue", results));
    }

    /// <summary>Writes one form value; returns the error SharePoint would report, or null.</summary>
    private static string? Apply(IReadOnlyList<JsonObject> columns, JsonObject fields, string name, string text)
    {
        var column = columns.FirstOrDefault(c => c["name"]!.GetValue<string>().Equals(name, StringComparison.Ordinal));
        if (column is null)
        {
            return $"Column '{name}' does not exist. It may have been deleted by another user.";
        }

        if (column["readOnly"]?.GetValue<bool>() == true)
        {
            return $"The field '{name}' is read-only.";
        }

        if (column["term"] is JsonObject term)
        {
            var terms = new JsonArray();
            foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var pieces = part.Split('|');
                if (pieces.Length != 2 || pieces[0].Trim().Length == 0 || !Guid.TryParse(pieces[1], out var id))
                {
                    return $"The value '{part}' of field '{name}' is not a valid term (expected Label|TermGuid).";
                }

                terms.Add(new JsonObject { ["Label"] = pieces[0].Trim(), ["TermGuid"] = id.ToString(), ["WssId"] = -1 });
            }

            var multi = term["allowMultipleValues"]?.GetValue<bool>() == true;
            if (!multi && terms.Count > 1)
            {
                return $"The field '{name}' takes a single term.";
            }

            if (column["required"]?.GetValue<bool>() == true && terms.Count == 0)
            {
                return "You must specify a value for this required field.";
            }

            fields[name] = terms.Count == 0 ? null : multi ? terms : terms[0]!.DeepClone();
            var display = column["displayName"]?.GetValue<string>() ?? name;
            var note = columns.FirstOrDefault(c => c["displayName"]?.GetValue<string>() == display + "_0");
            if (note is not null)
            {
                fields[note["name"]!.GetValue<string>()] = string.Join(";", terms.Select(t => $"{t!["Label"]}|{t["TermGuid"]}"));
            }

            return null;
        }

        try
        {
            fields[name] = text.Length == 0 ? null : FieldValueConverter.Convert(column, name, JsonValue.Create(text));
            return null;
        }
        catch (GraphProblem problem)
        {
            return problem.Message;
        }
    }

    private static RestEntity Result(string name, string value, string? error, string itemId) => new(
        "SP.ListItemFormUpdateValue", "SP.ListItemFormUpdateValue", "",
        new JsonObject
        {
            ["ErrorCode"] = error is null ? 0 : -2146232832,
            ["ErrorMessage"] = error,
            ["FieldName"] = name,
            ["FieldValue"] = value,
            ["HasException"] = error is not null,
            ["ItemId"] = int.TryParse(itemId, out var id) ? id : 0,
        });

    private static JsonObject CallerIdentityOf(RestRequest request) => request.Tenant.Users.Find(request.Caller.UserPrincipalName) is { } user
        ? Directory.UserDirectory.IdentitySet(user)
        : new JsonObject { ["application"] = new JsonObject { ["id"] = request.Caller.AppId, ["displayName"] = request.Caller.UserPrincipalName } };
}
