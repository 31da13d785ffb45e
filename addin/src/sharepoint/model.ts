/** A term of the topics term set. */
export interface Term {
  id: string;
  label: string;
  synonyms: string[];
}

/** One column of the Knowledge product content type, as the form shows it. */
export interface FormColumn {
  name: string;
  displayName: string;
  kind: "text" | "note" | "choice" | "multiChoice" | "terms";
  required: boolean;
  maxLength: number | null;
  choices: string[];
  termSetId: string | null;
  /** The column's default, used when the item has no value yet. */
  defaultValue: string | null;
}

/** The library item of the open document. */
export interface LibraryItem {
  siteId: string;
  listId: string;
  itemId: string;
  etag: string;
  webUrl: string;
  siteWebUrl: string;
  libraryUrl: string;
  fields: Record<string, unknown>;
}

/** The form's values: text and choices as strings, multi-valued columns as string arrays, terms as term ids. */
export type FormValues = Record<string, string | string[]>;

/** An existing knowledge product in the library (for similar products and suggestions). */
export interface ExistingProduct {
  id: string;
  title: string;
  webUrl: string;
  type: string;
  topics: string[];
}
