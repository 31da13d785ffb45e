// End-to-end: the built task pane in headless Debian Chromium (never a downloaded browser), with our Office.js fake
// served in place of office.js, against the local tenant that `copsites demo` provisions and serves.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { scenarios } from "./scenarios.mjs";

const here = new URL(".", import.meta.url).pathname;
const repo = join(here, "../..");
const dist = join(here, "../dist");
const cli = join(repo, "src/CopSites.Cli/bin/Release/net10.0/copsites.dll");

if (!existsSync(cli)) {
  console.log("Building the CLI (src/CopSites.Cli) for the local tenant…");
  const build = spawnSync("dotnet", ["build", join(repo, "src/CopSites.Cli"), "-c", "Release", "-v", "q", "-nologo"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}

const data = join(mkdtempSync(join(tmpdir(), "addin-e2e-")), "demo.db");
const demo = spawn("dotnet", [cli, "demo", "--data", data], { cwd: repo, env: { ...process.env, COPSITES_ADDIN_DIST: dist, NO_COLOR: "1" } });
process.on("exit", () => demo.kill("SIGINT"));
let output = "";
const tryUrl = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`copsites demo printed no try-it URL in 180 s:\n${output}`)), 180_000);
  const read = (chunk) => {
    output += chunk;
    const match = output.match(/^(http:\/\/127\.0\.0\.1:\d+\/addin\/try\.html\?\S+)\n/m);
    if (match) {
      clearTimeout(timer);
      resolve(match[1]);
    }
  };
  demo.stdout.on("data", read);
  demo.stderr.on("data", read);
  demo.on("exit", (code) => reject(new Error(`copsites demo exited with ${code}:\n${output}`)));
});

const url = new URL(tryUrl);
const tenant = { base: url.origin, graph: `${url.origin}/v1.0`, token: new URLSearchParams(url.hash.slice(1)).get("devToken"), checklistUrl: url.searchParams.get("doc"), tryUrl };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
const fakeScript = readFileSync(join(dist, "office-fake.js"), "utf8");
const axeScript = readFileSync(join(here, "../node_modules/axe-core/axe.min.js"), "utf8");

let passed = 0;
let failed = 0;
try {
  for (const [name, run] of Object.entries(scenarios)) {
    const context = await browser.newContext();
    await context.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: fakeScript }));
    const started = Date.now();
    try {
      await run({ context, tenant, axeScript });
      passed += 1;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed += 1;
      console.log(`  ✗ ${name}\n    ${String(e?.stack ?? e).split("\n").slice(0, 6).join("\n    ")}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  demo.kill("SIGINT");
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
