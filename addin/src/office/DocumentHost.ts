/** The Office application the pane runs in. */
export type HostKind = "Word" | "Excel" | "PowerPoint";

/** The core document properties SharePoint promotes to and demotes from library columns. */
export interface CoreProperties {
  title: string;
  subject: string;
  keywords: string;
  category: string;
  comments: string;
}

/** What Tag writes into the document: core properties plus one custom property per tag. */
export interface DocumentTags {
  core: CoreProperties;
  custom: Record<string, string>;
}

/**
 * The only door to Office.js: everything the pane needs from the open document.
 * The real implementation is officeHost.ts; tests and the try-it page use a fake.
 */
export interface DocumentHost {
  readonly kind: HostKind;
  /** Office's display language, e.g. "es-ES". */
  readonly displayLanguage: string;
  /** The document's URL; null or "" while Office does not know it yet (Word on the web at first load). */
  documentUrl(): string | null;
  readProperties(): Promise<DocumentTags>;
  /** Plain text of the document's body (Word), cells (Excel) or slides (PowerPoint), for suggestions. */
  bodyText(): Promise<string>;
  writeTags(tags: DocumentTags): Promise<void>;
}
