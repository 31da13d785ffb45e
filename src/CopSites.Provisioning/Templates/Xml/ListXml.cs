using System.Xml.Linq;
using static CopSites.Provisioning.Templates.Xml.XmlParts;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Writes <c>pnp:ListInstance</c> and <c>pnp:ContentType</c>.</summary>
internal static class ListXml
{
    public static XElement List(ListInstance l) => E("ListInstance",
        A("Title", l.Title), A("Description", l.Description), A("OnQuickLaunch", l.OnQuickLaunch), A("TemplateType", l.TemplateType),
        A("Url", l.Url), A("ForceCheckout", l.ForceCheckout), A("EnableVersioning", l.EnableVersioning),
        A("EnableMinorVersions", l.EnableMinorVersions), A("EnableModeration", l.EnableModeration), A("MinorVersionLimit", l.MinorVersionLimit),
        A("MaxVersionLimit", l.MaxVersionLimit), A("DraftVersionVisibility", l.DraftVersionVisibility),
        A("RemoveExistingContentTypes", l.RemoveExistingContentTypes), A("ContentTypesEnabled", l.ContentTypesEnabled), A("Hidden", l.Hidden),
        A("EnableAttachments", l.EnableAttachments), A("EnableFolderCreation", l.EnableFolderCreation), A("NoCrawl", l.NoCrawl),
        A("ListExperience", l.ListExperience),
        NonEmpty("ContentTypeBindings", l.ContentTypeBindings, b => E("ContentTypeBinding", A("ContentTypeID", b.ContentTypeId),
            A("Default", b.Default), A("Remove", b.Remove), A("Hidden", b.Hidden))),
        l.Views.Count == 0 && l.RemoveExistingViews is null ? null
            : E("Views", A("RemoveExistingViews", l.RemoveExistingViews), l.Views.Select(v => Raw(v.SchemaXml))),
        NonEmpty("Fields", l.Fields, f => Raw(f.SchemaXml)),
        NonEmpty("FieldRefs", l.FieldRefs, r => E("FieldRef", A("ID", r.Id), A("Name", r.Name), A("Required", r.Required),
            A("Hidden", r.Hidden), A("DisplayName", r.DisplayName), A("Remove", r.Remove))),
        l.DataRows is null ? null : DataRows(l.DataRows),
        NonEmpty("Folders", l.Folders, Folder),
        NonEmpty("FieldDefaults", l.FieldDefaults, d => E("FieldDefault", A("FieldName", d.FieldName), d.Value)));

    public static XElement ContentType(ContentTypeDefinition c) => E("ContentType",
        A("ID", c.Id), A("Name", c.Name), A("Description", c.Description), A("Group", c.Group), A("Hidden", c.Hidden),
        A("Sealed", c.Sealed), A("ReadOnly", c.ReadOnly), A("Overwrite", c.Overwrite), A("UpdateChildren", c.UpdateChildren),
        NonEmpty("FieldRefs", c.FieldRefs, r => E("FieldRef", A("ID", r.Id), A("Name", r.Name), A("Required", r.Required),
            A("Hidden", r.Hidden), A("UpdateChildren", r.UpdateChildren))));

    private static XElement DataRows(DataRowSet rows) => E("DataRows",
        A("KeyColumn", rows.KeyColumn), A("UpdateBehavior", rows.UpdateBehavior),
        rows.Rows.Select(r => E("DataRow", A("Key", r.Key), r.Values.Select(v => E("DataValue", A("FieldName", v.FieldName), v.Value)))));

    private static XElement Folder(ListFolder f) =>
        E("Folder", A("Name", f.Name), A("ContentTypeID", f.ContentTypeId), f.Folders.Select(Folder));
}
