import { defineConfig } from "vite";

// The Office.js fake as one classic script (dist/office-fake.js), served in place of office.js.
export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: false,
    lib: { entry: "fake/index.ts", name: "OfficeFake", formats: ["iife"], fileName: () => "office-fake.js" },
  },
});
