// Prints the gzipped size of the JavaScript the task pane page loads (taskpane.html and what it imports up front).
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const dist = new URL("../dist/", import.meta.url).pathname;
const html = readFileSync(join(dist, "taskpane.html"), "utf8");
const entry = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const all = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".js"));
let total = 0;
for (const file of entry) total += gzipSync(readFileSync(join(dist, file))).length;
let lazy = 0;
for (const file of all) if (!entry.includes(`assets/${file}`)) lazy += gzipSync(readFileSync(join(dist, "assets", file))).length;
const kb = (n) => (n / 1024).toFixed(1);
console.log(`Task pane JS (gzip): ${kb(total)} KB loaded up front (goal <= 250 KB); ${kb(lazy)} KB more in lazy chunks (MSAL, try page).`);
