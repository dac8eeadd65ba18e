/*
 * Content-Security-Policy for the add-in pages (injected into the <meta> tag of
 * taskpane.html / commands.html by webpack.config.js; checked by test/manifest.test.ts).
 *
 * - No 'unsafe-eval': office.js and the Excel host files do not need it (their only
 *   `new Function("return this")` sits in a try/catch with a `window` fallback), and the
 *   webpack config never uses eval-based source maps.
 * - No 'unsafe-inline': the pages contain no inline <style> or style="", and one inline
 *   <script>, the ES5 webview check (src/ui/notSupported/notSupported.js), allowed by its
 *   sha256 (CSP2, EdgeHTML and WebView2); IE11 ignores the CSP and runs it anyway.
 *   (Office's own dialog code sets element.style via CSSOM, which CSP allows.)
 * - connect-src 'self' also blocks Office's telemetry beacons (*.aria.microsoft.com) — intended.
 * - frame-ancestors is ignored in <meta>; set it as an HTTP header on the server if wanted.
 */
"use strict";

/**
 * @param {{ devServerOrigin?: string, scriptHashes?: string[] }} [opts] devServerOrigin: when serving, the
 *   https origin of webpack-dev-server (its live-reload websocket needs wss:, which CSP2 webviews such
 *   as EdgeHTML do not match with 'self'); scriptHashes: 'sha256-…' sources of the pages' inline scripts
 * @returns {string}
 */
function contentSecurityPolicy(opts = {}) {
  const connect = ["'self'"];
  if (opts.devServerOrigin) connect.push(opts.devServerOrigin.replace(/^https:/, "wss:"));
  return [
    "default-src 'self'",
    ["script-src 'self'", ...(opts.scriptHashes ?? []).map((h) => `'${h}'`)].join(" "),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/**
 * The CSP source for an inline script: "sha256-" and the base64 digest of its exact text.
 * @param {string} text @returns {string}
 */
function inlineScriptHash(text) {
  return `sha256-${require("crypto").createHash("sha256").update(text, "utf8").digest("base64")}`;
}

module.exports = { contentSecurityPolicy, inlineScriptHash };
