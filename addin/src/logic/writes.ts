import type { DocumentTags } from "../office/DocumentHost";
import type { FormColumn, FormValues, Term } from "../sharepoint/model";

/** What one Tag writes: the document's properties, the item's plain fields, and its term columns. */
export interface TagWrites {
  document: DocumentTags;
  fields: Record<string, unknown>;
  terms: Record<string, { id: string; label: string }[]>;
}

const MAX_PROPERTY = 255;

const cut = (s: string) => (s.length > MAX_PROPERTY ? s.slice(0, MAX_PROPERTY - 1) + "…" : s);

/**
 * Maps the form onto both stores. Core properties follow SharePoint's promotion: Title; Category is the first
 * required choice column (the product type); Keywords the term labels; Subject the first multi-line column
 * (the summary); Comments says where it was tagged. Every column also goes into a "KP.{name}" custom property.
 */
export function tagWrites(columns: FormColumn[], values: FormValues, terms: Map<string, Term>, libraryUrl: string): TagWrites {
  const label = (id: string) => terms.get(id)?.label ?? id;
  const fields: Record<string, unknown> = { Title: String(values.Title ?? "").trim() };
  const termValues: TagWrites["terms"] = {};
  const custom: Record<string, string> = {};
  let category = "";
  let subject = "";
  const keywords: string[] = [];
  for (const c of columns) {
    const v = values[c.name] ?? (c.kind === "terms" || c.kind === "multiChoice" ? [] : "");
    if (c.kind === "terms") {
      const ids = Array.isArray(v) ? v : [];
      termValues[c.name] = ids.map((id) => ({ id, label: label(id) }));
      keywords.push(...ids.map(label));
      custom[`KP.${c.name}`] = cut(ids.map(label).join("; "));
    } else if (c.kind === "multiChoice") {
      const list = Array.isArray(v) ? v : [];
      fields[c.name] = list;
      fields[`${c.name}@odata.type`] = "Collection(Edm.String)";
      custom[`KP.${c.name}`] = cut(list.join("; "));
    } else {
      const text = String(v).trim();
      fields[c.name] = text === "" ? null : text;
      custom[`KP.${c.name}`] = cut(text);
      if (c.kind === "choice" && c.required && !category) category = text;
      if (c.kind === "note" && !subject) subject = text;
    }
  }
  return {
    fields,
    terms: termValues,
    document: {
      core: { title: String(fields.Title), subject: cut(subject), keywords: cut(keywords.join("; ")), category, comments: cut(`Knowledge product in ${libraryUrl}`) },
      custom,
    },
  };
}
