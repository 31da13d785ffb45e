using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Pages;

/// <summary>
/// Modern pages as Graph <c>sitePage</c>s, keyed by file name (<c>Home.aspx</c>). Pages keep a person's edits
/// (<see cref="DesiredResource.PreserveEdits"/>) unless the options say otherwise, and a page with
/// <c>Overwrite="false"</c> is only ever created: everything is create-only, so an existing page is never compared.
/// </summary>
public sealed class PageBuilder : IResourceBuilder
{
    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        foreach (var page in context.Template.ClientSidePages)
        {
            var name = page.PageName.EndsWith(".aspx", StringComparison.OrdinalIgnoreCase) ? page.PageName : page.PageName + ".aspx";
            var element = $"pnp:ClientSidePage[@PageName='{page.PageName}']";
            var scope = context.Scope(element, page.Location);
            var properties = new JsonObject
            {
                ["title"] = scope.Text(page.Title ?? name[..^".aspx".Length], element + "/@Title"),
                ["pageLayout"] = Layout(page, scope),
                ["canvasLayout"] = CanvasLayoutMapper.Map(page, name, scope, element),
            };
            if (page.EnableComments is { } comments)
            {
                properties["showComments"] = comments;
            }

            if (page.PromoteAsNewsArticle is { } news)
            {
                properties["promotionKind"] = news ? "newsPost" : "page";
            }

            if (page.Publish == true)
            {
                properties["publishingState"] = new JsonObject { ["level"] = "published" };
            }

            ReportUnapplied(page, scope);
            var createOnly = new JsonObject { ["@odata.type"] = "#microsoft.graph.sitePage", ["name"] = name };
            if (page.Overwrite == false)
            {
                foreach (var (key, value) in properties.ToList())
                {
                    properties.Remove(key);
                    createOnly[key] = value;
                }
            }

            var resource = new DesiredResource(new ResourceKey(ResourceKind.Page, name), properties, page.Location)
            {
                CreateOnly = createOnly,
                PreserveEdits = true,
            };
            yield return BuiltResource.At(resource, scope);
        }
    }

    private static string Layout(ClientSidePage page, TokenScope scope)
    {
        switch (page.Layout ?? "Article")
        {
            case var l when l.Equals("Article", StringComparison.OrdinalIgnoreCase):
                return "article";
            case var l when l.Equals("Home", StringComparison.OrdinalIgnoreCase):
                return "home";
            default:
                scope.Fail(BuildErrorKind.UnsupportedFeature, $"page layout '{page.Layout}' has no Graph equivalent (article or home)");
                return "article";
        }
    }

    private static void ReportUnapplied(ClientSidePage page, TokenScope scope)
    {
        if (page.Header is { } header && !header.Type.Equals("Default", StringComparison.OrdinalIgnoreCase))
        {
            scope.Fail(BuildErrorKind.UnsupportedFeature, $"page header of type '{header.Type}' is not applied by CopSites");
        }

        if (page.FieldValues.Count > 0)
        {
            scope.Fail(BuildErrorKind.UnsupportedFeature, "page field values (pnp:FieldValues) are not applied by CopSites");
        }

        if (page.PromoteAsTemplate == true)
        {
            scope.Fail(BuildErrorKind.UnsupportedFeature, "saving a page as a page template is not supported by CopSites");
        }
    }
}
