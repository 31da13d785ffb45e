import type { CoreProperties, DocumentHost, DocumentTags, HostKind } from "./DocumentHost";

const CUSTOM_PREFIX = "KP.";

interface PropertiesLike extends CoreProperties {
  load(names: string): void;
}

function readCore(p: CoreProperties): CoreProperties {
  return { title: p.title ?? "", subject: p.subject ?? "", keywords: p.keywords ?? "", category: p.category ?? "", comments: p.comments ?? "" };
}

function assignCore(target: CoreProperties, core: CoreProperties): void {
  target.title = core.title;
  target.subject = core.subject;
  target.keywords = core.keywords;
  target.category = core.category;
  target.comments = core.comments;
}

/** Custom property values: Word online may return "\n " for an empty one (office-js #2082). */
function clean(value: unknown): string {
  return typeof value === "string" ? value.trim() : value == null ? "" : String(value);
}

function customOf(items: { key: string; value: unknown }[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const item of items) {
    if (item.key.startsWith(CUSTOM_PREFIX)) result[item.key] = clean(item.value);
  }
  return result;
}

/** The real DocumentHost over Office.js (WordApi 1.3, ExcelApi 1.7, PowerPointApi 1.7). */
export function createOfficeHost(): DocumentHost {
  const host = Office.context.host;
  const kind: HostKind = host === Office.HostType.Excel ? "Excel" : host === Office.HostType.PowerPoint ? "PowerPoint" : "Word";
  const displayLanguage = Office.context.displayLanguage || "en-US";
  return {
    kind,
    displayLanguage,
    documentUrl: () => Office.context.document.url,
    async readProperties() {
      if (kind === "Word") {
        return Word.run(async (ctx) => {
          const props = ctx.document.properties;
          props.load("title,subject,keywords,category,comments");
          props.customProperties.load("items/key,items/value");
          await ctx.sync();
          return { core: readCore(props), custom: customOf(props.customProperties.items) };
        });
      }
      if (kind === "Excel") {
        return Excel.run(async (ctx) => {
          const props = ctx.workbook.properties;
          props.load("title,subject,keywords,category,comments");
          props.custom.load("items/key,items/value");
          await ctx.sync();
          return { core: readCore(props), custom: customOf(props.custom.items) };
        });
      }
      return PowerPoint.run(async (ctx) => {
        const props = ctx.presentation.properties;
        (props as unknown as PropertiesLike).load("title,subject,keywords,category,comments");
        props.customProperties.load("items/key,items/value");
        await ctx.sync();
        return { core: readCore(props), custom: customOf(props.customProperties.items) };
      });
    },
    async bodyText() {
      if (kind === "Word") {
        return Word.run(async (ctx) => {
          const body = ctx.document.body;
          body.load("text");
          await ctx.sync();
          return body.text;
        });
      }
      if (kind === "Excel") {
        return Excel.run(async (ctx) => {
          const sheets = ctx.workbook.worksheets;
          sheets.load("items/name");
          await ctx.sync();
          const ranges = sheets.items.map((s) => {
            const r = s.getUsedRangeOrNullObject(true);
            r.load("text");
            return r;
          });
          await ctx.sync();
          return ranges.filter((r) => !r.isNullObject).map((r) => r.text.flat().join(" ")).join("\n");
        });
      }
      return PowerPoint.run(async (ctx) => {
        const slides = ctx.presentation.slides;
        slides.load("items/shapes/items/textFrame/textRange/text");
        await ctx.sync();
        return slides.items.flatMap((s) => s.shapes.items.map((sh) => sh.textFrame.textRange.text)).join("\n");
      });
    },
    async writeTags(tags: DocumentTags) {
      if (kind === "Word") {
        await Word.run(async (ctx) => {
          const props = ctx.document.properties;
          assignCore(props, tags.core);
          for (const [key, value] of Object.entries(tags.custom)) props.customProperties.add(key, value);
          await ctx.sync();
        });
      } else if (kind === "Excel") {
        await Excel.run(async (ctx) => {
          const props = ctx.workbook.properties;
          assignCore(props, tags.core);
          for (const [key, value] of Object.entries(tags.custom)) props.custom.add(key, value);
          await ctx.sync();
        });
      } else {
        await PowerPoint.run(async (ctx) => {
          const props = ctx.presentation.properties;
          assignCore(props, tags.core);
          for (const [key, value] of Object.entries(tags.custom)) props.customProperties.add(key, value);
          await ctx.sync();
        });
      }
    },
  };
}
