// The e2e scenarios: each gets a fresh browser context (office.js routed to our fake) and the running tenant.
import assert from "node:assert/strict";

function shareId(url) {
  return "u!" + Buffer.from(url, "utf8").toString("base64").replace(/=+$/, "").replace(/\//g, "_").replace(/\+/g, "-");
}

async function graph(tenant, method, path, body, headers = {}) {
  const r = await fetch(`${tenant.graph}/${path}`, {
    method,
    headers: { Authorization: `Bearer ${tenant.token}`, ...(body ? { "Content-Type": typeof body === "string" ? "text/plain" : "application/json" } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : {};
}

/** The library item of a document, through the same /shares route the pane uses. */
async function itemOf(tenant, url) {
  return graph(tenant, "GET", `shares/${shareId(url)}/driveItem?$expand=listItem($expand=fields)`);
}

/** Uploads a text stand-in document next to the seeded checklist; returns its URL. */
async function upload(tenant, name, text) {
  const checklist = await itemOf(tenant, tenant.checklistUrl);
  const item = await graph(tenant, "PUT", `drives/${checklist.parentReference.driveId}/items/root:/${encodeURIComponent(name)}:/content`, text);
  return item.webUrl;
}

/** Opens the real task pane (taskpane.html) with the fake seeded as the given document. */
async function openPane(context, tenant, seed) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript((s) => (window.__officeFakeSeed = s), { displayLanguage: "en-US", ...seed });
  const started = Date.now();
  await page.goto(`${tenant.base}/addin/taskpane.html#devToken=${tenant.token}`);
  await page.locator("#f-Title").waitFor({ timeout: 15_000 });
  const interactive = Date.now() - started;
  return { page, errors, interactive };
}

async function tag(page) {
  const started = Date.now();
  await page.getByRole("button", { name: "Tag", exact: true }).click();
  await page.locator('[data-status="saved"]').waitFor({ timeout: 15_000 });
  return Date.now() - started;
}

const checklistBody = "Public procurement checklist\n\nBefore a tender, procurement officers confirm the procurement plan and check climate change criteria.";

export const scenarios = {
  async "Word: tag the seeded checklist; document properties and library fields read back through Graph"({ context, tenant, axeScript }) {
    const { page, errors, interactive } = await openPane(context, tenant, { host: "Word", url: tenant.checklistUrl, body: checklistBody, emptyUrlReads: 3, newlineEmptyCustom: true });
    await page.getByRole("button", { name: "Use: Product type Checklist" }).click();
    await page.getByRole("button", { name: "Use: Public procurement" }).click();
    await page.locator("#f-Title").fill("Public procurement checklist");
    const axe = await page.evaluate(async (src) => {
      eval(src);
      // Tabster's focus-trap sentinels (data-tabster-dummy) are aria-hidden yet focusable by design: they pass focus on at
      // once. Everything else on the page is checked.
      const result = await window.axe.run({ exclude: ["[data-tabster-dummy]"] }, { runOnly: ["wcag2a", "wcag2aa"] });
      return result.violations.map((v) => `${v.impact}: ${v.id} (${v.nodes.map((n) => n.html.slice(0, 160)).join(" | ")})`);
    }, axeScript);
    const serious = axe.filter((v) => v.startsWith("serious") || v.startsWith("critical"));
    assert.deepEqual(serious, [], `axe-core found: ${axe.join("; ")}`);
    const tagMs = await tag(page);
    console.log(`    time to interactive ${interactive} ms (goal <= 1500); Tag -> both writes confirmed ${tagMs} ms (goal <= 1000); axe minor: ${axe.length}`);
    const doc = await page.evaluate(() => window.__officeFake.state());
    assert.equal(doc.properties.title, "Public procurement checklist");
    assert.equal(doc.properties.category, "Checklist");
    assert.match(doc.properties.keywords, /Public procurement/);
    assert.equal(doc.custom["KP.CopProductType"], "Checklist");
    assert.equal(doc.custom["KP.CopProductStatus"], "Draft");
    const fields = (await itemOf(tenant, tenant.checklistUrl)).listItem.fields;
    assert.equal(fields.Title, "Public procurement checklist");
    assert.equal(fields.CopProductType, "Checklist");
    assert.equal(fields.CopProductStatus, "Draft");
    assert.ok(fields.CopTopics.some((t) => t.Label === "Public procurement" && t.TermGuid), JSON.stringify(fields.CopTopics));
    assert.match(fields.CopTopicsTaxHTField0, /Public procurement\|/);
    assert.deepEqual(errors, []);
  },

  async "Excel and PowerPoint documents are tagged through their own property APIs"({ context, tenant }) {
    for (const [host, name, body] of [
      ["Excel", "Fiscal-indicators-e2e.xlsx", "Indicator\tValue\nFiscal policy deficit\t3.1"],
      ["PowerPoint", "Mobility-lessons-e2e.pptx", "Lessons learned on transport and mobility\n\nWhat worked"],
    ]) {
      const url = await upload(tenant, name, body);
      const { page } = await openPane(context, tenant, { host, url, body });
      await page.locator("#f-CopProductType").click();
      await page.getByRole("option", { name: "Lessons learned" }).click();
      await tag(page);
      const doc = await page.evaluate(() => window.__officeFake.state());
      assert.equal(doc.host, host);
      assert.equal(doc.properties.category, "Lessons learned");
      assert.equal(doc.custom["KP.CopProductType"], "Lessons learned");
      assert.equal((await itemOf(tenant, url)).listItem.fields.CopProductType, "Lessons learned");
    }
  },

  async "a 412 conflict shows both values and saves the one the user picks"({ context, tenant }) {
    const url = await upload(tenant, "Conflict-faq.docx", "FAQ about fiscal policy");
    const { page } = await openPane(context, tenant, { host: "Word", url, body: "FAQ about fiscal policy" });
    await page.locator("#f-Title").fill("My title");
    await page.locator("#f-CopProductType").click();
    await page.getByRole("option", { name: "FAQ" }).click();
    const item = (await itemOf(tenant, url)).listItem;
    const site = item.parentReference.siteId;
    const list = item.parentReference.id;
    await graph(tenant, "PATCH", `sites/${site}/lists/${list}/items/${item.id}/fields`, { Title: "Their title" }, { "If-Match": item.eTag });
    await page.getByRole("button", { name: "Tag", exact: true }).click();
    await page.getByText("Theirs: Their title").waitFor({ timeout: 10_000 });
    await page.getByText("Mine: My title").waitFor();
    await page.getByText("Theirs: Their title").click();
    await page.getByRole("button", { name: "Save with these choices" }).click();
    await page.locator('[data-status="saved"]').waitFor({ timeout: 10_000 });
    const fields = (await itemOf(tenant, url)).listItem.fields;
    assert.equal(fields.Title, "Their title");
    assert.equal(fields.CopProductType, "FAQ");
  },

  async "an offline save keeps the form and succeeds on retry"({ context, tenant }) {
    const url = await upload(tenant, "Offline-note.docx", "Learning note on education");
    const { page } = await openPane(context, tenant, { host: "Word", url, body: "Learning note on education" });
    await page.locator("#f-Title").fill("Offline learning note");
    await page.locator("#f-CopProductType").click();
    await page.getByRole("option", { name: "Learning note" }).click();
    await context.setOffline(true);
    await page.getByRole("button", { name: "Tag", exact: true }).click();
    await page.locator('[data-status="retrying"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.locator("#f-Title").inputValue(), "Offline learning note");
    await context.setOffline(false);
    await page.locator('[data-status="saved"]').waitFor({ timeout: 15_000 });
    assert.equal((await itemOf(tenant, url)).listItem.fields.Title, "Offline learning note");
  },

  async "script in a title never executes, in the pane or in the tenant's library view"({ context, tenant }) {
    const hostile = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>`;
    const url = await upload(tenant, "Hostile.docx", "Job aid");
    const { page } = await openPane(context, tenant, { host: "Word", url, body: "Job aid", properties: { title: hostile } });
    await page.locator("#f-CopProductType").click();
    await page.getByRole("option", { name: "Job aid" }).click();
    await tag(page);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal((await itemOf(tenant, url)).listItem.fields.Title, hostile);
    const library = url.slice(0, url.lastIndexOf("/"));
    const view = await context.newPage();
    let dialog = false;
    view.on("dialog", () => (dialog = true));
    await view.goto(library);
    await view.waitForLoadState("networkidle");
    assert.equal(await view.evaluate(() => window.__xss), undefined);
    assert.equal(dialog, false);
  },

  async "the demo's try-it page opens the checklist in the fake with the task pane beside it"({ context, tenant }) {
    const page = await context.newPage();
    await page.goto(tenant.tryUrl);
    await page.locator("#f-Title").waitFor({ timeout: 15_000 });
    assert.match(await page.locator("#doc-body").innerText(), /procurement/i);
  },
};
