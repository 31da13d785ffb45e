import { HttpError, type JsonClient } from "./http";
import type { ExistingProduct, FormColumn, FormValues, LibraryItem, Term } from "./model";
import { shareIdOf } from "./shareId";

/** The content type the CoP's Toolkit library uses for knowledge products. */
export const PRODUCT_CONTENT_TYPE = "Knowledge product";

/** The document is not in a library whose content types include Knowledge product. */
export class NotInCopLibrary extends Error {
  constructor(readonly libraryUrl: string | null) {
    super("The document is not in a CoP Toolkit library.");
  }
}

interface GraphColumn {
  name: string;
  displayName?: string;
  hidden?: boolean;
  readOnly?: boolean;
  required?: boolean;
  defaultValue?: { value?: string | null };
  text?: { allowMultipleLines?: boolean; maxLength?: number };
  choice?: { choices?: string[]; displayAs?: string };
  term?: { termSet?: { id?: string }; allowMultipleValues?: boolean };
}

interface DriveItemWithListItem {
  webUrl: string;
  name: string;
  parentReference?: { driveId?: string; siteId?: string };
  sharepointIds?: { listId?: string; siteUrl?: string; listItemId?: string };
  listItem?: { id: string; eTag: string; webUrl?: string; fields?: Record<string, unknown> };
}

const BUILT_IN = new Set(["Title", "FileLeafRef", "ContentType"]);

/** Turns Graph column definitions into form columns (hidden, read-only and built-in columns are left out). */
export function toFormColumns(columns: GraphColumn[]): FormColumn[] {
  const result: FormColumn[] = [];
  for (const c of columns) {
    if (c.hidden || c.readOnly || BUILT_IN.has(c.name)) continue;
    const base = { name: c.name, displayName: c.displayName ?? c.name, required: !!c.required, maxLength: null, choices: [], termSetId: null, defaultValue: c.defaultValue?.value ?? null };
    if (c.term) result.push({ ...base, kind: "terms", termSetId: c.term.termSet?.id ?? null });
    else if (c.choice) result.push({ ...base, kind: c.choice.displayAs === "checkBoxes" ? "multiChoice" : "choice", choices: c.choice.choices ?? [] });
    else if (c.text) result.push({ ...base, kind: c.text.allowMultipleLines ? "note" : "text", maxLength: c.text.allowMultipleLines ? null : (c.text.maxLength ?? 255) });
  }
  return result;
}

/** Reads the stored value of a term column as term ids ([{Label, TermGuid}] as Graph returns it). */
export function termIdsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map((v) => (typeof v === "object" && v && "TermGuid" in v ? String((v as { TermGuid: unknown }).TermGuid) : "")).filter(Boolean);
}

/** The form values from the item's fields, for the given columns. */
export function valuesFromFields(columns: FormColumn[], fields: Record<string, unknown>): FormValues {
  const values: FormValues = { Title: String(fields.Title ?? "") };
  for (const c of columns) {
    const v = fields[c.name] ?? c.defaultValue;
    if (c.kind === "terms") values[c.name] = termIdsOf(v);
    else if (c.kind === "multiChoice") values[c.name] = Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : [];
    else values[c.name] = v == null ? "" : String(v);
  }
  return values;
}

/** Graph v1.0 and SharePoint REST calls the pane makes for one CoP's Toolkit library. */
export class Toolkit {
  constructor(
    private readonly client: JsonClient,
    private readonly graphBase: string,
  ) {}

  /** Resolves the document's library item from its URL through /shares/u!{base64url}/driveItem. */
  async resolve(documentUrl: string): Promise<LibraryItem> {
    const url = `${this.graphBase}/shares/${shareIdOf(documentUrl)}/driveItem?$select=id,name,webUrl,parentReference,sharepointIds&$expand=listItem($expand=fields)`;
    let item: DriveItemWithListItem;
    try {
      item = (await this.client.send<DriveItemWithListItem>("graph", "GET", url)).json;
    } catch (e) {
      if (e instanceof HttpError && (e.status === 404 || e.status === 400)) throw new NotInCopLibrary(null);
      throw e;
    }
    const siteId = item.parentReference?.siteId;
    const listId = item.sharepointIds?.listId;
    const siteWebUrl = item.sharepointIds?.siteUrl ?? "";
    if (!siteId || !listId || !item.listItem) throw new NotInCopLibrary(null);
    const libraryUrl = item.webUrl.slice(0, item.webUrl.lastIndexOf("/"));
    return { siteId, listId, itemId: item.listItem.id, etag: item.listItem.eTag, webUrl: item.webUrl, siteWebUrl, libraryUrl, fields: item.listItem.fields ?? {} };
  }

  /** The columns of the library's Knowledge product content type; NotInCopLibrary when it has none. */
  async columns(item: LibraryItem): Promise<FormColumn[]> {
    const base = `${this.graphBase}/sites/${item.siteId}/lists/${item.listId}`;
    const types = (await this.client.send<{ value: { id: string; name: string }[] }>("graph", "GET", `${base}/contentTypes`)).json.value;
    const type = types.find((t) => t.name === PRODUCT_CONTENT_TYPE);
    if (!type) throw new NotInCopLibrary(await this.toolkitOfSite(item.siteId));
    const columns = (await this.client.send<{ value: GraphColumn[] }>("graph", "GET", `${base}/contentTypes/${type.id}/columns`)).json.value;
    return toFormColumns(columns);
  }

  /** The site's library that holds knowledge products, to send the user there. */
  async toolkitOfSite(siteId: string): Promise<string | null> {
    const lists = (await this.client.send<{ value: { id: string; webUrl: string; list?: { template?: string } }[] }>("graph", "GET", `${this.graphBase}/sites/${siteId}/lists`)).json.value;
    for (const list of lists.filter((l) => l.list?.template === "documentLibrary")) {
      const types = (await this.client.send<{ value: { name: string }[] }>("graph", "GET", `${this.graphBase}/sites/${siteId}/lists/${list.id}/contentTypes`)).json.value;
      if (types.some((t) => t.name === PRODUCT_CONTENT_TYPE)) return list.webUrl;
    }
    return null;
  }

  /** Every term of a term set of the site's term store. */
  async terms(siteId: string, termSetId: string): Promise<Term[]> {
    const json = (await this.client.send<{ value: { id: string; labels?: { name: string; isDefault?: boolean }[] }[] }>("graph", "GET", `${this.graphBase}/sites/${siteId}/termStore/sets/${termSetId}/terms`)).json;
    return json.value.map((t) => {
      const labels = t.labels ?? [];
      const label = (labels.find((l) => l.isDefault) ?? labels[0])?.name ?? t.id;
      return { id: t.id, label, synonyms: labels.map((l) => l.name).filter((n) => n !== label) };
    });
  }

  /** The library's other items, for similar products and suggestions. */
  async products(item: LibraryItem, typeColumn: string | null, topicsColumn: string | null): Promise<ExistingProduct[]> {
    const url = `${this.graphBase}/sites/${item.siteId}/lists/${item.listId}/items?$expand=fields&$top=200`;
    const json = (await this.client.send<{ value: { id: string; webUrl: string; fields?: Record<string, unknown> }[] }>("graph", "GET", url)).json;
    return json.value
      .filter((i) => i.id !== item.itemId)
      .map((i) => ({
        id: i.id,
        webUrl: i.webUrl,
        title: String(i.fields?.Title || i.fields?.FileLeafRef || ""),
        type: typeColumn ? String(i.fields?.[typeColumn] ?? "") : "",
        topics: topicsColumn ? termIdsOf(i.fields?.[topicsColumn]) : [],
      }));
  }

  /** The item's current fields and ETag. */
  async current(item: LibraryItem): Promise<{ fields: Record<string, unknown>; etag: string }> {
    const json = (await this.client.send<{ eTag: string; fields: Record<string, unknown> }>("graph", "GET", `${this.graphBase}/sites/${item.siteId}/lists/${item.listId}/items/${item.itemId}?$expand=fields`)).json;
    return { fields: json.fields, etag: json.eTag };
  }

  /** PATCH the non-term fields with If-Match; an HttpError 412 when someone else changed the item. Returns the new ETag. */
  async patchFields(item: LibraryItem, etag: string, fields: Record<string, unknown>): Promise<string> {
    const url = `${this.graphBase}/sites/${item.siteId}/lists/${item.listId}/items/${item.itemId}/fields`;
    const { json, etag: newEtag } = await this.client.send<{ "@odata.etag"?: string }>("graph", "PATCH", url, fields, { "If-Match": etag });
    return json["@odata.etag"] ?? newEtag ?? etag;
  }

  /**
   * Writes term columns through SharePoint REST ValidateUpdateListItem ("Label|TermGuid;…"), the route the service
   * supports for managed metadata (Graph cannot write it). Throws when SharePoint reports a field error.
   */
  async writeTerms(item: LibraryItem, values: Record<string, { id: string; label: string }[]>): Promise<void> {
    const formValues = Object.entries(values).map(([name, terms]) => ({ FieldName: name, FieldValue: terms.map((t) => `${t.label}|${t.id}`).join(";") }));
    if (formValues.length === 0) return;
    const url = `${item.siteWebUrl}/_api/web/lists(guid'${item.listId}')/items(${item.itemId})/ValidateUpdateListItem()`;
    const { json } = await this.client.send<{ value?: { FieldName: string; HasException: boolean; ErrorMessage: string | null }[] }>(
      new URL(item.siteWebUrl).origin, "POST", url, { formValues, bNewDocumentUpdate: false }, { Accept: "application/json;odata=nometadata" });
    const failed = (json.value ?? []).filter((r) => r.HasException);
    if (failed.length) throw new HttpError(400, url, failed.map((f) => `${f.FieldName}: ${f.ErrorMessage}`).join("; "));
  }
}
