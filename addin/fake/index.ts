/// <reference types="office-js" />
// A stateful fake of the parts of Office.js the task pane uses, for the browser (e2e tests and the try-it page).
// Shapes are checked against @types/office-js with Pick<…>, so a pane call the fake does not model fails to compile.
import type { FakeOffice, FakeSeed, FakeState } from "./types";

const state: FakeState = {
  host: "Word",
  url: "",
  body: "",
  displayLanguage: "en-US",
  properties: { title: "", subject: "", keywords: "", category: "", comments: "", author: "" },
  custom: {},
  syncs: 0,
};
let emptyUrlReads = 0;
let newlineEmptyCustom = false;

class PropertyNotLoaded extends Error {
  readonly code = "PropertyNotAvailable";
  constructor(name: string) {
    super(`The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`);
  }
}

/** A proxy object whose scalar reads need load() + sync(), as Office.js proxies do. */
abstract class Proxy {
  private requested = new Set<string>();
  private loaded = new Set<string>();
  constructor(protected readonly ctx: FakeContext) {
    ctx.track(this);
  }
  load(names?: string | string[]): this {
    const list = Array.isArray(names) ? names : (names ?? "*").split(",");
    for (const n of list) this.requested.add(n.trim().split("/")[0]!);
    return this;
  }
  /** Called by sync(). */
  settle(): void {
    for (const n of this.requested) this.loaded.add(n);
  }
  protected read<T>(name: string, value: T): T {
    if (!this.loaded.has(name) && !this.loaded.has("*")) throw new PropertyNotLoaded(name);
    return value;
  }
}

class FakeCustomProperty extends Proxy implements Pick<Word.CustomProperty, "key" | "value"> {
  constructor(ctx: FakeContext, readonly key: string) {
    super(ctx);
    this.settle();
  }
  get value(): string {
    const v = state.custom[this.key] ?? "";
    return newlineEmptyCustom && v === "" ? "\n " : v;
  }
}

class FakeCustomProperties extends Proxy implements Pick<Word.CustomPropertyCollection, "add"> {
  get items(): Word.CustomProperty[] {
    return this.read("items", Object.keys(state.custom).map((k) => new FakeCustomProperty(this.ctx, k) as unknown as Word.CustomProperty));
  }
  add(key: string, value: unknown): Word.CustomProperty {
    if (key.length > 255) throw Object.assign(new Error("The key is too long."), { code: "InvalidArgument" });
    this.ctx.queue(() => void (state.custom[key] = String(value)));
    return new FakeCustomProperty(this.ctx, key) as unknown as Word.CustomProperty;
  }
}

type Core = "title" | "subject" | "keywords" | "category" | "comments";

class FakeProperties extends Proxy implements Pick<Word.DocumentProperties, Core> {
  readonly customProperties: FakeCustomProperties;
  readonly custom: FakeCustomProperties;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.customProperties = new FakeCustomProperties(ctx);
    this.custom = this.customProperties;
  }
  private get_(n: Core) {
    return this.read(n, state.properties[n]);
  }
  private set_(n: Core, v: string) {
    this.ctx.queue(() => void (state.properties[n] = v));
  }
  get title() { return this.get_("title"); }
  set title(v: string) { this.set_("title", v); }
  get subject() { return this.get_("subject"); }
  set subject(v: string) { this.set_("subject", v); }
  get keywords() { return this.get_("keywords"); }
  set keywords(v: string) { this.set_("keywords", v); }
  get category() { return this.get_("category"); }
  set category(v: string) { this.set_("category", v); }
  get comments() { return this.get_("comments"); }
  set comments(v: string) { this.set_("comments", v); }
}

class FakeBody extends Proxy implements Pick<Word.Body, "text"> {
  get text() {
    return this.read("text", state.body);
  }
}

class FakeRange extends Proxy implements Pick<Excel.Range, "text" | "isNullObject"> {
  readonly isNullObject = false;
  get text() {
    return this.read("text", state.body.split("\n").map((line) => line.split("\t")));
  }
}

class FakeWorksheet extends Proxy {
  readonly name = "Sheet1";
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx);
  }
}

class FakeWorksheets extends Proxy {
  get items() {
    return this.read("items", [new FakeWorksheet(this.ctx)]);
  }
}

class FakeTextRange extends Proxy {
  constructor(ctx: FakeContext, private readonly value: string) {
    super(ctx);
    this.settle();
    this.load("text");
    this.settle();
  }
  get text() {
    return this.read("text", this.value);
  }
}

class FakeSlides extends Proxy {
  get items() {
    return this.read("items", state.body.split(/\n{2,}/).map((text) => ({ shapes: { items: [{ textFrame: { textRange: new FakeTextRange(this.ctx, text) } }] } })));
  }
}

class FakeContext {
  private proxies: Proxy[] = [];
  private pending: (() => void)[] = [];
  readonly document = { properties: new FakeProperties(this), body: new FakeBody(this) };
  readonly workbook = { properties: new FakeProperties(this), worksheets: new FakeWorksheets(this) };
  readonly presentation = { properties: new FakeProperties(this), slides: new FakeSlides(this) };
  track(p: Proxy) {
    this.proxies?.push(p);
  }
  queue(write: () => void) {
    this.pending.push(write);
  }
  async sync(): Promise<void> {
    await new Promise((r) => setTimeout(r, 1));
    for (const w of this.pending.splice(0)) w();
    for (const p of this.proxies) p.settle();
    state.syncs += 1;
  }
}

async function run<T>(callback: (ctx: never) => Promise<T>): Promise<T> {
  const ctx = new FakeContext();
  const result = await callback(ctx as never);
  await ctx.sync();
  return result;
}

const hostType = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint" } as const;

const office = {
  HostType: hostType,
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: {
    get host() {
      return state.host;
    },
    get displayLanguage() {
      return state.displayLanguage;
    },
    platform: "OfficeOnline",
    document: {
      get url() {
        if (emptyUrlReads > 0) {
          emptyUrlReads -= 1;
          return "";
        }
        return state.url;
      },
    },
    requirements: { isSetSupported: () => true },
  },
  onReady(callback?: (info: { host: string; platform: string }) => unknown) {
    const info = { host: state.host, platform: "OfficeOnline" };
    return new Promise((resolve) => setTimeout(() => resolve(callback ? callback(info) : info), 0));
  },
};

const fake: FakeOffice = {
  seed(seed: FakeSeed) {
    state.host = seed.host;
    state.url = seed.url;
    state.body = seed.body;
    state.displayLanguage = seed.displayLanguage ?? "en-US";
    Object.assign(state.properties, seed.properties ?? {});
    state.custom = { ...(seed.custom ?? {}) };
    emptyUrlReads = seed.emptyUrlReads ?? 0;
    newlineEmptyCustom = seed.newlineEmptyCustom ?? false;
  },
  state: () => JSON.parse(JSON.stringify(state)) as FakeState,
};

const preset = (window as unknown as { __officeFakeSeed?: FakeSeed }).__officeFakeSeed;
if (preset) fake.seed(preset);

Object.assign(window, { Office: office, Word: { run }, Excel: { run }, PowerPoint: { run }, __officeFake: fake });
