/**
 * The ES5 webview check (src/ui/notSupported/notSupported.js), run as the page runs it but in
 * a node vm with a scripted window: which webviews it turns away (IE11's Trident, missing
 * Promise / fetch / ES2017 built-ins) and which it leaves alone (Chromium, EdgeHTML 18, WebView2);
 * what the function file then does with the ribbon buttons. The page itself, in Chromium with
 * IE11's user agent, is in test/ui/dialog/dialog.browser.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { parse as acornParse } from "acorn";
import { t } from "../../../src/ui/shared/i18n";

const FILE = path.join(__dirname, "../../../src/ui/notSupported/notSupported.js");
const CODE = fs.readFileSync(FILE, "utf8");

interface Check {
  unsupportedReason(w: object): string | null;
  run(w: object): string | null;
  TEXT: Record<"zh" | "en", { title: string; body: string }>;
  COMMANDS: string[];
}

/** The script's API, loaded where there is no document (so it only defines it). */
function load(): Check {
  const sandbox: Record<string, unknown> = {};
  sandbox.window = sandbox;
  vm.runInNewContext(CODE, sandbox);
  return sandbox.planReturnsNotSupported as Check;
}

const UA = {
  chromium: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
  edgeHtml18: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  ie11Win7: "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko",
  ie10: "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)",
  safari: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15",
};

/** A window with everything a modern webview has, minus `without`. */
function windowLike(userAgent: string, without: string[] = []): Record<string, unknown> {
  const w: Record<string, unknown> = {
    navigator: { userAgent }, Promise, fetch: () => undefined, Symbol, Map, Set, URLSearchParams,
    Array: { from: Array.from, prototype: { includes: Array.prototype.includes } },
    Object: { entries: Object.entries, values: Object.values },
    String: { prototype: { padStart: String.prototype.padStart } },
  };
  for (const name of without) {
    const parts = name.split(".");
    let o = w as Record<string, unknown>;
    for (const p of parts.slice(0, -1)) o = o[p] as Record<string, unknown>;
    delete o[parts[parts.length - 1] ?? ""];
  }
  return w;
}

describe("the ES5 webview check", () => {
  const check = load();

  it("is ES5 (it must parse in IE11) and says nothing the catalogue does not", () => {
    expect(() => acornParse(CODE, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    for (const lang of ["zh", "en"] as const) {
      expect(check.TEXT[lang].title).toBe(t(lang, "notSupported.title"));
      expect(check.TEXT[lang].body).toBe(t(lang, "notSupported.body"));
    }
  });

  it.each<[string, string, string[], string | null]>([
    ["Chromium / WebView2", UA.chromium, [], null],
    ["EdgeHTML 18 (Office 2019 on Windows 10 1903+)", UA.edgeHtml18, [], null],
    ["Safari (Office on Mac)", UA.safari, [], null],
    ["IE11 in Office (Trident/7.0)", UA.ie11, [], "Internet Explorer 11 (Trident)"],
    ["IE11 on Windows 7, even with polyfills", UA.ie11Win7, [], "Internet Explorer 11 (Trident)"],
    ["IE10", UA.ie10, [], "Internet Explorer 11 (Trident)"],
    ["no Promise", UA.chromium, ["Promise"], "Promise"],
    ["no fetch", UA.chromium, ["fetch"], "fetch"],
    ["no Promise and no fetch", UA.chromium, ["Promise", "fetch"], "Promise, fetch"],
    ["no ES2017 Object.entries", UA.edgeHtml18, ["Object.entries"], "Object.entries"],
    ["no ES2017 padStart", UA.chromium, ["String.prototype.padStart"], "String.prototype.padStart"],
    ["no ES2016 includes", UA.chromium, ["Array.prototype.includes"], "Array.prototype.includes"],
    ["no Map, Set, Symbol", UA.chromium, ["Map", "Set", "Symbol"], "Symbol, Map, Set"],
    ["no URLSearchParams (the dialog reads its id with it)", UA.chromium, ["URLSearchParams"], "URLSearchParams"],
    ["no navigator at all, everything there", "", [], null],
  ])("%s → %s", (_n, ua, without, reason) => {
    expect(check.unsupportedReason(windowLike(ua, without))).toBe(reason === null ? null : reason);
  });

  it("the real node globals pass (a sanity check of the feature tests themselves)", () => {
    expect(check.unsupportedReason(Object.assign(Object.create(globalThis) as object, { navigator: { userAgent: UA.chromium } }))).toBeNull();
  });
});

/** Just enough DOM for the script: elements with children, attributes, style and text. */
class FakeNode {
  children: FakeNode[] = [];
  attrs: Record<string, string> = {};
  style: Record<string, string> = {};
  className = "";
  onclick: (() => void) | null = null;
  constructor(public tag: string, public text = "") {}
  get firstChild(): FakeNode | undefined { return this.children[0]; }
  appendChild(c: FakeNode): FakeNode { this.children.push(c); return c; }
  removeChild(c: FakeNode): void { this.children = this.children.filter((x) => x !== c); }
  setAttribute(k: string, v: string): void { this.attrs[k] = v; }
  getAttribute(k: string): string | null { return this.attrs[k] ?? null; }
  textContent(): string { return this.text + this.children.map((c) => c.textContent()).join("\n"); }
}

function page(kind: "taskpane" | "dialog" | "commands", ua: string, office?: object): { w: Record<string, unknown>; body: FakeNode; html: FakeNode } {
  const body = new FakeNode("body");
  body.setAttribute("data-page", kind);
  body.appendChild(new FakeNode("main", "加载 校验 按钮"));
  const html = new FakeNode("html");
  const doc = {
    body, documentElement: html, location: { href: `https://intranet/addin/${kind}.html?_host_Info=Excel` },
    createElement: (tag: string) => new FakeNode(tag), createTextNode: (text: string) => new FakeNode("#text", text),
  };
  const w = windowLike(ua);
  w.document = doc;
  if (office) w.Office = office;
  return { w, body, html };
}

describe("what the check does to a page it turns away", () => {
  const check = load();

  it.each(["taskpane", "dialog"] as const)("%s in IE11: the page becomes the message, Chinese first, with the reason", (kind) => {
    const messages: string[] = [];
    const office = { context: { ui: { messageParent: (m: string) => messages.push(m) } } };
    const { w, body, html } = page(kind, UA.ie11, office);
    expect(check.run(w)).toBe("Internet Explorer 11 (Trident)");
    expect(html.className).toContain("not-supported");
    const text = body.textContent();
    expect(text).not.toContain("加载 校验 按钮");
    expect(text.indexOf(t("zh", "notSupported.title"))).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(t("zh", "notSupported.title"))).toBeLessThan(text.indexOf(t("en", "notSupported.title")));
    expect(text).toContain(t("en", "notSupported.body"));
    expect(text).toContain("原因：Internet Explorer 11 (Trident)");
    // the dialog has a close button that tells the command; the pane has none (Office closes panes)
    const button = body.children[0]?.children.find((c) => c.tag === "button");
    if (kind === "dialog") {
      button?.onclick?.();
      expect(messages).toEqual(["close"]);
    } else {
      expect(button).toBeUndefined();
    }
    expect(typeof (office as { initialize?: unknown }).initialize).toBe("function");
  });

  it("taskpane in Chromium: nothing happens", () => {
    const { w, body, html } = page("taskpane", UA.chromium);
    expect(check.run(w)).toBeNull();
    expect(html.className).toBe("");
    expect(body.textContent()).toContain("加载 校验 按钮");
  });

  it("the function file in IE11: every ribbon button opens the dialog (the message) and completes when it closes", () => {
    const associated = new Map<string, (e: { completed(): void }) => void>();
    const opened: string[] = [];
    let closeDialog: (() => void) | undefined;
    let closedByCommand = false;
    const office = {
      actions: { associate: (name: string, fn: (e: { completed(): void }) => void) => { associated.set(name, fn); } },
      EventType: { DialogMessageReceived: "m", DialogEventReceived: "e" },
      context: { ui: { displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
        opened.push(url);
        const on: Record<string, () => void> = {};
        cb({ status: "succeeded", value: { addEventHandler: (type: string, h: () => void) => { on[type] = h; }, close: () => { closedByCommand = true; } } });
        closeDialog = on.m;
      } } },
    };
    const { w, body } = page("commands", UA.ie11, office);
    check.run(w);
    expect([...associated.keys()].sort()).toEqual([...check.COMMANDS].sort());
    expect(typeof w.makeReview).toBe("function"); // older hosts call the global function
    expect(body.textContent()).toContain("加载 校验 按钮"); // the function file shows nothing itself
    let completed = 0;
    associated.get("makeReview")?.({ completed: () => { completed++; } });
    expect(opened).toEqual(["https://intranet/addin/dialog.html"]);
    expect(completed).toBe(0);
    closeDialog?.();
    expect([closedByCommand, completed]).toEqual([true, 1]);
  });

  it("runs by itself when loaded into a page (the inline script), and only then", () => {
    const { w, html } = page("taskpane", UA.ie11);
    w.window = w;
    vm.runInNewContext(CODE, w);
    expect(html.className).toContain("not-supported");
  });
});
