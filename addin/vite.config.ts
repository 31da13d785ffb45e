import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// Two pages: the task pane Office loads (taskpane.html, with office.js from Microsoft's CDN) and the
// "try it in a browser" page (try.html), which loads our Office.js fake and the same task pane beside a fake document.
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: false,
    rollupOptions: { input: { taskpane: "taskpane.html", try: "try.html" } },
  },
  test: { include: ["test/**/*.test.ts"], environment: "node" },
});
