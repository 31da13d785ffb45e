import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const xsd = join(__dirname, "../../../shared/reference/addin-xsd/patched-2019-for-offline-validation/OfficeAppManifestV1_1.xsd");
const script = join(__dirname, "../scripts/manifest.mjs");

function generate(...args: string[]): string {
  const out = mkdtempSync(join(tmpdir(), "manifest-"));
  execFileSync("node", [script, "--out", out, ...args]);
  return join(out, "manifest.xml");
}

const xmllint = (file: string) => spawnSync("xmllint", ["--noout", "--nonet", "--schema", xsd, file], { encoding: "utf8" });

describe("generated manifest", () => {
  it("is valid against the official add-in schemas for the local demo target", () => {
    const result = xmllint(generate());
    expect(result.stderr).toContain("validates");
    expect(result.status).toBe(0);
  });

  it("is valid for a real host and carries its URLs, SSO resource and WordApi 1.3", () => {
    const file = generate("--host", "https://addin.contoso.com/kp", "--client-id", "11111111-2222-3333-4444-555555555555");
    expect(xmllint(file).status).toBe(0);
    const xml = readFileSync(file, "utf8");
    expect(xml).toContain('<SourceLocation DefaultValue="https://addin.contoso.com/kp/taskpane.html" />');
    expect(xml).toContain("<Resource>api://addin.contoso.com/11111111-2222-3333-4444-555555555555</Resource>");
    expect(xml).toContain('<Set Name="WordApi" MinVersion="1.3" />');
    expect(xml).not.toContain("127.0.0.1");
  });

  it("refuses a plain-http host with a clear message", () => {
    const result = spawnSync("node", [script, "--out", mkdtempSync(join(tmpdir(), "m-")), "--host", "http://insecure.example"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("must use https");
  });

  it("the schema check catches elements out of order", () => {
    const file = generate();
    const broken = readFileSync(file, "utf8").replace("<Permissions>ReadWriteDocument</Permissions>", "").replace("<Hosts>", "<Permissions>ReadWriteDocument</Permissions><Hosts>");
    writeFileSync(file, broken);
    expect(xmllint(file).status).not.toBe(0);
  });
});
