/*
 * Keeps the pages' CSP true to their inline scripts after every minifier has run: at the
 * report stage, for each .html asset, the 'sha256-…' sources of script-src in its CSP <meta>
 * are replaced by the digests of the inline <script> texts the page really holds. The only
 * inline script is the ES5 webview check (src/ui/notSupported/notSupported.js); whatever the
 * HTML minifier does to it, the hash follows (checked by test/manifest.test.ts on dist/).
 */
"use strict";

const { inlineScriptHash } = require("./csp");

/** The page with its CSP's script hashes set to those of its inline scripts. */
function withInlineScriptHashes(html) {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'${inlineScriptHash(m[1] ?? "")}'`);
  return html.replace(/(script-src 'self')((?: 'sha256-[A-Za-z0-9+/=]+')*)/, (_all, head) => [head, ...hashes].join(" "));
}

class InlineScriptCsp {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InlineScriptCsp", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "InlineScriptCsp", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith(".html")) continue;
          const before = assets[name].source().toString();
          const after = withInlineScriptHashes(before);
          if (after !== before) compilation.updateAsset(name, new sources.RawSource(after));
        }
      });
    });
  }
}

module.exports = { InlineScriptCsp, withInlineScriptHashes };
