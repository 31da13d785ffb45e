// The try-it page: our Office.js fake (loaded before this script) holds the document named in the query string;
// its body is shown on the left and the real task pane runs on the right.
import type { FakeOffice } from "../fake/types";

const fake = (window as unknown as { __officeFake: FakeOffice }).__officeFake;
const params = new URLSearchParams(window.location.search);
const url = params.get("doc") ?? "";
const host = (params.get("host") as "Word" | "Excel" | "PowerPoint" | null) ?? (/\.xlsx$/i.test(url) ? "Excel" : /\.pptx$/i.test(url) ? "PowerPoint" : "Word");
fake.seed({ host, url, body: params.get("body") ?? "", displayLanguage: params.get("lang") ?? "en-US" });
document.getElementById("doc-url")!.textContent = url;
document.getElementById("doc-body")!.textContent = fake.state().body;
await import("./main");
