// The try-it page: our Office.js fake (loaded before this script) holds the document named in the query string;
// its body is shown on the left and the real task pane runs on the right.
import type { FakeOffice } from "../fake/types";

import { shareIdOf } from "./sharepoint/shareId";

/** The stored file's text (the demo's samples are text stand-ins), read with the dev token; "" when unreadable. */
async function bodyOf(documentUrl: string): Promise<string> {
  const token = new URLSearchParams(window.location.hash.slice(1)).get("devToken") ?? sessionStorage.getItem("copsites.devToken");
  try {
    const r = await fetch(`${window.location.origin}/v1.0/shares/${shareIdOf(documentUrl)}/driveItem/content`, { headers: { Authorization: `Bearer ${token}` } });
    const text = r.ok ? await r.text() : "";
    return text.startsWith("PK") ? "" : text;
  } catch {
    return "";
  }
}

const fake = (window as unknown as { __officeFake: FakeOffice }).__officeFake;
const params = new URLSearchParams(window.location.search);
const url = params.get("doc") ?? "";
const host = (params.get("host") as "Word" | "Excel" | "PowerPoint" | null) ?? (/\.xlsx$/i.test(url) ? "Excel" : /\.pptx$/i.test(url) ? "PowerPoint" : "Word");
let body = params.get("body") ?? "";
if (!body && url) body = await bodyOf(url);
fake.seed({ host, url, body, displayLanguage: params.get("lang") ?? "en-US", emptyUrlReads: Number(params.get("emptyUrlReads") ?? 2) });
document.getElementById("doc-url")!.textContent = url;
document.getElementById("doc-body")!.textContent = fake.state().body;
await import("./main");
