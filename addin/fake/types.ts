/** What a test or the try-it page seeds into the fake document. */
export interface FakeSeed {
  host: "Word" | "Excel" | "PowerPoint";
  url: string;
  body: string;
  displayLanguage?: string;
  properties?: Partial<FakeState["properties"]>;
  custom?: Record<string, string>;
  /** Word-on-the-web quirk (office-js #2476): document.url is "" for the first N reads. */
  emptyUrlReads?: number;
  /** Word-on-the-web quirk (office-js #2082): empty custom properties read back as "\n ". */
  newlineEmptyCustom?: boolean;
}

/** The fake document's state, as tests read it back. */
export interface FakeState {
  host: FakeSeed["host"];
  url: string;
  body: string;
  displayLanguage: string;
  properties: { title: string; subject: string; keywords: string; category: string; comments: string; author: string };
  custom: Record<string, string>;
  syncs: number;
}

/** window.__officeFake */
export interface FakeOffice {
  seed(seed: FakeSeed): void;
  state(): FakeState;
}
