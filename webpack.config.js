/*
 * webpack config for the 规划指标填报助手 Excel add-in (task pane + ribbon commands).
 *
 *   npm run build                                   production build, manifest keeps https://localhost:3000/
 *   npm run build -- --env urlProd=https://host/p/   production build for an intranet web server
 *   npm run build:dev / npm run watch               development build (no eval source maps: CSP)
 *   npm run dev-server                              https://localhost:3000 (office-addin-dev-certs)
 *
 * Everything Office needs at runtime (office.js, the Excel host files, locale strings,
 * telemetry shims) is copied from node_modules/@microsoft/office-js/dist into dist/, so the
 * add-in works on an intranet without the Office CDN. See docs/DEPLOY.md.
 */
"use strict";

const path = require("path");
const fs = require("fs");
const crypto = require("crypto");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_URL, normalizeBaseUrl, builtManifest } = require("./scripts/manifest-url");
const { contentSecurityPolicy, inlineScriptHash } = require("./scripts/csp");
const { InlineScriptCsp } = require("./scripts/inlineScriptCsp");
const { ENTRY_BUDGETS, entryBudgetProblem, kib } = require("./scripts/entryBudgets");

const ROOT = __dirname;
const DIST = path.resolve(ROOT, "dist");
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const TASKPANE_CSS = path.resolve(ROOT, "src/ui/taskpane/taskpane.css");
const DIALOG_CSS = path.resolve(ROOT, "src/ui/dialog/dialog.css");
/** The ES5 webview check, inlined into every page before the bundles (IE11 cannot parse them). */
const NOT_SUPPORTED_JS = fs.readFileSync(path.resolve(ROOT, "src/ui/notSupported/notSupported.js"), "utf8");
const DEV_PORT = 3000;

/** The Office runtime files copied from @microsoft/office-js (served as they are, not ours to parse). */
const OFFICE_RUNTIME_RE = /^(office\.js|o15apptofilemappingtable\.js|excel-.*\.js|.*\/(office_strings|oteljs_agave|aria-web-telemetry)\.js)$/;
/** Browsers Office uses: WebView2 (Chromium), Safari (Mac), and EdgeHTML 18 for Office 2019 → ES2017. */
const ES_TARGET = 2017;

/** Locales office.js can request (OSF.SupportedLocales in office.js); it falls back to en-us. */
function officeSupportedLocales() {
  const fallback = ["en-us", "zh-cn", "zh-tw"];
  try {
    const src = fs.readFileSync(path.join(OFFICE_JS_DIST, "office.js"), "utf8");
    const m = /OSF\.SupportedLocales=\{([^}]*)\}/.exec(src);
    if (!m || !m[1]) throw new Error("OSF.SupportedLocales not found in office.js");
    const locales = [...m[1].matchAll(/"([a-z]{2,3}(?:-[a-z0-9]+)*)"\s*:\s*true/g)].map((x) => x[1]);
    if (!locales.includes("en-us") || !locales.includes("zh-cn")) throw new Error("unexpected locale list");
    return locales;
  } catch (e) {
    console.warn(`[plan-returns] could not read the office.js locale list (${e.message}); copying ${fallback.join(", ")} only`);
    return fallback;
  }
}

/** CopyWebpackPlugin patterns for the self-hosted Office JS runtime (Excel only). */
function officeJsPatterns() {
  // Copied verbatim: `minimized: true` keeps Terser away from Microsoft's already-minified files.
  const from = (rel, extra = {}) => ({
    from: rel,
    context: OFFICE_JS_DIST,
    to: rel.includes("*") ? "[name][ext]" : rel,
    info: { minimized: true },
    ...extra,
  });
  const patterns = [
    from("office.js"),
    // Host files office.js loads by name: excel-<platform>-<version>.js (win32 16.00/16.01, mac,
    // web, ios, android, winrt, and the -core variants). Office 2013 (excel-15*) is excluded:
    // it has no ExcelApi 1.8 and never activates this add-in.
    from("excel-*-16.*.js", { globOptions: { ignore: ["**/*.debug.js"] } }),
    // Loaded by office.js (telemetry/oteljs_agave.js) and by the Excel host files (ariatelemetry/…).
    // Serving them avoids 404s; their network beacons are blocked by CSP connect-src.
    from("telemetry/oteljs_agave.js"),
    // Requested when office.js finds no host info (page opened in a plain browser, very old clients).
    from("o15apptofilemappingtable.js"),
    from("ariatelemetry/aria-web-telemetry.js"),
    { from: path.join(OFFICE_JS_DIST, "..", "LICENSE.md"), to: "office-js-LICENSE.md", info: { minimized: true } },
  ];
  for (const locale of officeSupportedLocales()) {
    const critical = locale === "en-us" || locale === "zh-cn";
    patterns.push(from(`${locale}/office_strings.js`, { noErrorOnMissing: !critical }));
  }
  return patterns;
}

function fileHash(file) {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 8);
}

/** html-webpack-plugin default template parameters + cssVersion (cache buster for taskpane.css). */
function templateParameters(compilation, assets, assetTags, options) {
  return {
    compilation,
    webpackConfig: compilation.options,
    htmlWebpackPlugin: { tags: assetTags, files: assets, options },
    cssVersion: fileHash(TASKPANE_CSS),
    dialogCssVersion: fileHash(DIALOG_CSS),
    notSupportedScript: NOT_SUPPORTED_JS,
  };
}

/**
 * Post-build checks and a short summary:
 *  - what each entry loads at start, against its budget (scripts/entryBudgets.js) — error over it;
 *  - the number of Office runtime files copied;
 *  - every script we emit parses as ES2017 (Office 2019 EdgeHTML webview) — error otherwise;
 *  - no Office CDN reference in the HTML pages or the manifest — error otherwise.
 */
class PlanReturnsBuildReport {
  constructor(opts) {
    this.opts = opts;
  }

  apply(compiler) {
    const { WebpackError } = compiler.webpack;
    let acorn = null;
    try {
      acorn = require(require.resolve("acorn", { paths: [path.dirname(require.resolve("webpack/package.json"))] }));
    } catch {
      acorn = null; // syntax check skipped
    }
    compiler.hooks.thisCompilation.tap("PlanReturnsBuildReport", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PlanReturnsBuildReport", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const [name, source] of Object.entries(assets)) {
            if (/\.(html|xml)$/.test(name) && /appsforoffice\.microsoft\.com/i.test(source.source().toString())) {
              compilation.errors.push(new WebpackError(`${name} references the Office CDN (appsforoffice.microsoft.com); office.js must be loaded from the add-in origin.`));
            }
            // every script we emit, entry or import() chunk (a lookbehind in the import chunk went
            // unnoticed while only the entries were parsed); the copied Office runtime is Microsoft's
            if (acorn && /\.js$/.test(name) && !OFFICE_RUNTIME_RE.test(name)) {
              try {
                acorn.parse(source.source().toString(), { ecmaVersion: ES_TARGET, sourceType: "script" });
              } catch (e) {
                compilation.errors.push(new WebpackError(`${name} is not valid ES${ES_TARGET} (${e.message}); Office 2019's EdgeHTML webview will not run it (a regular expression with a lookbehind or named groups, or a dependency that ships newer syntax).`));
              }
            }
          }
        },
      );
    });
    compiler.hooks.done.tap("PlanReturnsBuildReport", (stats) => {
      if (stats.hasErrors()) return;
      const assets = stats.compilation.getAssets();
      const office = assets.filter((a) => a.name === "office.js" || a.name === "o15apptofilemappingtable.js" || /^excel-.*\.js$/.test(a.name) || /\/(office_strings|oteljs_agave|aria-web-telemetry)\.js$/.test(a.name));
      const lines = [];
      // each entry's scripts loaded at start (its import() chunks load when an action needs them)
      for (const [entry, point] of stats.compilation.entrypoints) {
        const start = point.getFiles().filter((f) => f.endsWith(".js"));
        const bytes = start.reduce((sum, f) => sum + (stats.compilation.getAsset(f)?.source.size() ?? 0), 0);
        lines.push(`  ${start.join(" + ").padEnd(28)} ${kib(bytes).padStart(10)} of ${kib(ENTRY_BUDGETS[entry]?.bytes ?? 0)} (${ENTRY_BUDGETS[entry]?.what ?? entry})`);
        const problem = entryBudgetProblem(entry, start, bytes);
        // the budgets are for minified scripts: a development build only shows its sizes
        if (problem && this.opts.isProd) stats.compilation.errors.push(new WebpackError(problem));
      }
      const officeBytes = office.reduce((sum, a) => sum + a.source.size(), 0);
      lines.push(`  Office JS runtime: ${office.length} files, ${kib(officeBytes)} (self-hosted, no CDN)`);
      // what the pane's first open downloads in Excel for Windows with a Chinese UI: its page, styles and entry (the budget
      // above covers the entry only), office.js, the host file office.js loads for win32 and its strings (docs/DEPLOY.md 3.7;
      // trial29c read the 250 KB as all of it); later opens come from the cache
      const paneEntry = stats.compilation.entrypoints.get("taskpane")?.getFiles().filter((f) => f.endsWith(".js")) ?? [];
      const firstOpen = ["taskpane.html", "taskpane.css", ...paneEntry, "office.js", "excel-win32-16.01.js", "zh-cn/office_strings.js"];
      const missing = firstOpen.filter((f) => !stats.compilation.getAsset(f));
      const firstBytes = firstOpen.reduce((sum, f) => sum + (stats.compilation.getAsset(f)?.source.size() ?? 0), 0);
      lines.push(`  pane's first open, Excel for Windows: ${kib(firstBytes)} (${firstOpen.join(" + ")})${missing.length ? `; not built: ${missing.join(", ")}` : ""}`);
      if (this.opts.urlProd) lines.push(`  manifest.xml URLs → ${this.opts.urlProd}`);
      else if (this.opts.isServe) lines.push(`  serving ${DEV_URL} (manifest.xml as is)`);
      else lines.push(`  manifest.xml URLs → ${DEV_URL}  (note: pass --env urlProd=https://host/path/ for an intranet build)`);
      console.log(`\n[plan-returns] build summary\n${lines.join("\n")}\n`);
    });
  }
}

/** Loads the trusted localhost certificate only when serving (never during `webpack --mode production`). */
async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (e) {
    console.warn(
      `[plan-returns] office-addin-dev-certs unavailable (${e && e.message ? e.message : e}); ` +
        "serving https with a self-signed certificate that Office will NOT trust. Run: npx office-addin-dev-certs install",
    );
    return "https";
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const isProd = mode === "production";
  const isServe = Boolean(env.WEBPACK_SERVE);
  const urlProd = env.urlProd ? normalizeBaseUrl(String(env.urlProd)) : null;
  if (isProd && !isServe && !urlProd) {
    console.log(`[plan-returns] note: no --env urlProd=…; dist/manifest.xml keeps ${DEV_URL}`);
  }

  // Strict CSP (no unsafe-eval / unsafe-inline) — rationale in scripts/csp.js and docs/DEPLOY.md.
  // the one inline script (the ES5 webview check) is allowed by its hash, nothing else inline
  const scriptHashes = [inlineScriptHash(NOT_SUPPORTED_JS)];
  const csp = contentSecurityPolicy(isServe ? { devServerOrigin: `https://localhost:${DEV_PORT}`, scriptHashes } : { scriptHashes });

  /** @type {import("webpack").Configuration} */
  const config = {
    mode,
    context: ROOT,
    target: ["web", `es${ES_TARGET}`],
    // Never an eval-based devtool: it would need 'unsafe-eval' in the CSP.
    devtool: "source-map",
    entry: {
      taskpane: "./src/ui/taskpane/taskpane.ts",
      commands: "./src/ui/commands/commands.ts",
      dialog: "./src/ui/dialog/dialog.ts",
    },
    output: {
      path: DIST,
      filename: isProd ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          // the pane's template list at start: id, title, region and period of each seed (1 KB, not the catalog)
          test: /[\\/]catalog\.ts$/,
          resourceQuery: /^\?index$/,
          use: { loader: path.resolve(ROOT, "scripts/catalog-index-loader.js") },
        },
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          resourceQuery: { not: [/^\?index$/] },
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(ROOT, "tsconfig.json"),
              transpileOnly: false,
              // Report type errors only for files in the bundles (not the CLI / tests).
              onlyCompileBundledFiles: true,
              compilerOptions: {
                // ES modules let webpack tree-shake; ES2017 output runs in Office 2019's EdgeHTML webview.
                module: "ES2020",
                target: `ES${ES_TARGET}`,
                sourceMap: true,
                noEmit: false,
              },
            },
          },
        },
        {
          // Dependencies that ship newer syntax (zod uses ?. and ??) are lowered to ES2017 too,
          // with the same ts-loader (transpile only), so Office 2019's EdgeHTML can run them.
          test: /\.[cm]?js$/,
          include: /node_modules[\\/](zod)[\\/]/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(ROOT, "tsconfig.json"),
              transpileOnly: true,
              compilerOptions: { allowJs: true, module: "ES2020", target: `ES${ES_TARGET}`, sourceMap: false, noEmit: false, isolatedModules: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/ui/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        templateParameters,
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: "dialog.html",
        template: "./src/ui/dialog/dialog.html",
        chunks: ["dialog"],
        scriptLoading: "defer",
        templateParameters,
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/ui/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
        templateParameters,
        csp,
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // URLs rewritten for urlProd, and the header's note on the checked-in file replaced by one on the built file
            transform: (content) => builtManifest(content.toString("utf8"), urlProd),
          },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/ui/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/ui/dialog/dialog.css", to: "dialog.css" },
          ...officeJsPatterns(),
        ],
      }),
      // after the HTML minifier: the CSP's script hash is that of the inline check as emitted
      new InlineScriptCsp(),
      new PlanReturnsBuildReport({ urlProd, isServe, isProd }),
    ],
    // webpack's own size hints are off: the entry budgets (scripts/entryBudgets.js) are checked by
    // PlanReturnsBuildReport, which fails the build in one line naming the entry, its size and its budget
    performance: { hints: false },
    stats: {
      preset: "normal",
      // Hide the ~60 copied Office runtime files from the asset table (see the build summary).
      excludeAssets: [/office_strings\.js$/, /^excel-.*\.js$/, /^o15apptofilemappingtable\.js$/, /^(telemetry|ariatelemetry)\//],
    },
  };

  if (isServe) {
    config.devServer = {
      port: DEV_PORT,
      server: await devServerHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
    };
  }

  return config;
};
