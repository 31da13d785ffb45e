import { describe, expect, it } from "vitest";
import { similarProducts, suggestTopics, suggestType } from "../src/logic/suggest";
import { validate } from "../src/logic/validate";
import { conflictsOf } from "../src/logic/conflict";
import { tagWrites } from "../src/logic/writes";
import { retryDelayMs, waitForUrl, isTransient } from "../src/logic/retry";
import { shareIdOf } from "../src/sharepoint/shareId";
import { toFormColumns, valuesFromFields } from "../src/sharepoint/Toolkit";
import { HttpError } from "../src/sharepoint/http";
import { fill, stringsFor } from "../src/i18n";
import type { FormColumn, Term } from "../src/sharepoint/model";

const terms: Term[] = [
  { id: "t-climate", label: "Climate change", synonyms: [] },
  { id: "t-proc", label: "Public procurement", synonyms: ["Tendering"] },
  { id: "t-health", label: "Health", synonyms: [] },
];
const columns: FormColumn[] = toFormColumns([
  { name: "CopProductType", displayName: "Product type", required: true, choice: { choices: ["Checklist", "Lessons learned", "FAQ"] } },
  { name: "CopTopics", displayName: "Topics", term: { termSet: { id: "set-1" }, allowMultipleValues: true } },
  { name: "CopTopicsTaxHTField0", hidden: true, text: {} },
  { name: "CopSummary", displayName: "Summary", text: { allowMultipleLines: true } },
  { name: "CopAuthorUnit", displayName: "Author unit", text: { maxLength: 10 } },
  { name: "Title", text: {} },
]);

describe("form columns", () => {
  it("come from the content type's columns, hidden and built-in ones left out", () => {
    expect(columns.map((c) => [c.name, c.kind])).toEqual([["CopProductType", "choice"], ["CopTopics", "terms"], ["CopSummary", "note"], ["CopAuthorUnit", "text"]]);
    expect(columns[1]!.termSetId).toBe("set-1");
  });
  it("prefill from the item's fields, terms as ids", () => {
    const v = valuesFromFields(columns, { Title: "X", CopProductType: "FAQ", CopTopics: [{ Label: "Health", TermGuid: "t-health", WssId: 3 }] });
    expect(v).toMatchObject({ Title: "X", CopProductType: "FAQ", CopTopics: ["t-health"], CopSummary: "" });
  });
});

describe("suggestions", () => {
  const body = "Checklist for public procurement. Procurement officers check each tender; procurement risks and climate change risks.";
  it("rank term-set topics by how often their words occur", () => {
    const s = suggestTopics(body, terms).map((x) => x.term.id);
    expect(s[0]).toBe("t-proc");
    expect(s).toContain("t-climate");
    expect(s).not.toContain("t-health");
  });
  it("find the product type from title and body", () => {
    expect(suggestType("Procurement checklist", body, ["Checklist", "Lessons learned", "FAQ"])).toBe("Checklist");
    expect(suggestType("Notes", "nothing relevant", ["Checklist", "FAQ"])).toBeNull();
  });
  it("show similar products by shared title words and topics", () => {
    const products = [
      { id: "1", title: "Procurement checklist 2024", webUrl: "u1", type: "Checklist", topics: ["t-proc"] },
      { id: "2", title: "Health FAQ", webUrl: "u2", type: "FAQ", topics: ["t-health"] },
    ];
    const s = similarProducts("Procurement checklist", ["t-proc"], products);
    expect(s.map((x) => x.product.id)).toEqual(["1"]);
  });
});

describe("validation", () => {
  it("names missing required fields and too long text", () => {
    const p = validate(columns, { Title: "", CopProductType: "", CopTopics: [], CopSummary: "", CopAuthorUnit: "much too long unit" });
    expect(p.Title?.key).toBe("required");
    expect(p.CopProductType?.key).toBe("required");
    expect(p.CopAuthorUnit).toEqual({ key: "tooLong", max: 10 });
    expect(p.CopTopics).toBeUndefined();
  });
  it("refuses a value outside the choices", () => {
    expect(validate(columns, { Title: "T", CopProductType: "Poem" }).CopProductType?.key).toBe("notAChoice");
  });
});

describe("conflicts after a 412", () => {
  const base = { Title: "A", CopProductType: "FAQ", CopSummary: "old", CopTopics: [], CopAuthorUnit: "" };
  it("list only fields both sides changed, and take the other side's other changes", () => {
    const mine = { ...base, Title: "Mine", CopSummary: "old" };
    const server = { Title: "Theirs", CopProductType: "FAQ", CopSummary: "their summary" };
    const { conflicts, merged } = conflictsOf(columns, base, mine, server);
    expect(conflicts).toEqual([{ name: "Title", mine: "Mine", theirs: "Theirs" }]);
    expect(merged.CopSummary).toBe("their summary");
  });
});

describe("writes", () => {
  it("map the form onto core properties, custom properties, fields and term values", () => {
    const w = tagWrites(columns, { Title: " Procurement checklist ", CopProductType: "Checklist", CopTopics: ["t-proc", "t-climate"], CopSummary: "How to", CopAuthorUnit: "" }, new Map(terms.map((t) => [t.id, t])), "https://x/Toolkit");
    expect(w.document.core).toMatchObject({ title: "Procurement checklist", category: "Checklist", keywords: "Public procurement; Climate change", subject: "How to" });
    expect(w.document.custom["KP.CopTopics"]).toBe("Public procurement; Climate change");
    expect(w.fields).toEqual({ Title: "Procurement checklist", CopProductType: "Checklist", CopSummary: "How to", CopAuthorUnit: null });
    expect(w.terms.CopTopics).toEqual([{ id: "t-proc", label: "Public procurement" }, { id: "t-climate", label: "Climate change" }]);
  });
});

describe("retry", () => {
  it("backs off 2, 4, 8 s up to 30 s and retries only transient failures", () => {
    expect([1, 2, 3, 10].map(retryDelayMs)).toEqual([2000, 4000, 8000, 30000]);
    expect(isTransient(new HttpError(0, "u", ""))).toBe(true);
    expect(isTransient(new HttpError(503, "u", ""))).toBe(true);
    expect(isTransient(new HttpError(412, "u", ""))).toBe(false);
  });
  it("waits while Word on the web gives an empty URL", async () => {
    const reads = ["", "", "https://contoso/doc.docx"];
    const waits: number[] = [];
    expect(await waitForUrl(() => reads.shift() ?? null, async (ms) => void waits.push(ms))).toBe("https://contoso/doc.docx");
    expect(waits).toHaveLength(2);
    expect(await waitForUrl(() => "", async () => {}, 3)).toBeNull();
  });
});

describe("share ids and strings", () => {
  it("encode URLs as u! + unpadded base64url", () => {
    expect(shareIdOf("https://onedrive.live.com/redir?resid=1231244193912!12&authKey=1201919!12921!1")).toBe("u!aHR0cHM6Ly9vbmVkcml2ZS5saXZlLmNvbS9yZWRpcj9yZXNpZD0xMjMxMjQ0MTkzOTEyITEyJmF1dGhLZXk9MTIwMTkxOSExMjkyMSEx");
  });
  it("follow Office's display language, English otherwise", () => {
    expect(stringsFor("es-ES").tag).toBe("Etiquetar");
    expect(stringsFor("pt-BR").lang).toBe("pt");
    expect(stringsFor("fr-CA").tag).toBe("Étiqueter");
    expect(stringsFor("de-DE").lang).toBe("en");
    expect(fill(stringsFor("en").tooLong, { max: 5 })).toBe("At most 5 characters");
  });
});
