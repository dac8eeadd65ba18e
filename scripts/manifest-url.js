/*
 * Rewrites the dev URLs in manifest.xml for a production / intranet build.
 * Used by webpack.config.js (CopyWebpackPlugin transform) and by
 * test/manifest.test.ts.  Plain CommonJS, no dependencies.
 */
"use strict";

/** Base URL used by the checked-in manifest.xml and the dev server. */
const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/**
 * Validates and normalises a production base URL: must be absolute https,
 * no query / fragment; a trailing slash is added when missing.
 * @param {string} raw
 * @returns {string}
 */
function normalizeBaseUrl(raw) {
  if (typeof raw !== "string" || raw.trim() === "") {
    throw new Error("urlProd is empty");
  }
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`urlProd is not an absolute URL: ${raw}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`urlProd must use https (Office refuses http add-ins): ${raw}`);
  }
  if (url.search || url.hash) {
    throw new Error(`urlProd must not contain a query or fragment: ${raw}`);
  }
  if (url.username || url.password) {
    throw new Error(`urlProd must not contain credentials: ${raw}`);
  }
  let href = url.href;
  if (!href.endsWith("/")) href += "/";
  return href;
}

/**
 * Replaces https://localhost:3000/… with `baseUrl`… and the bare origin
 * (used by <AppDomain>) with the origin of `baseUrl`.
 * @param {string} xml manifest text
 * @param {string} baseUrl e.g. https://addins.example.cn/plan-returns/
 * @returns {string}
 */
function rewriteManifestUrls(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  return xml.split(DEV_URL).join(base).split(DEV_ORIGIN).join(origin);
}

/**
 * The paragraph of manifest.xml's header comment that is true of the checked-in file only
 * ("All URLs point at the webpack dev server … this file is never edited by the build").
 */
const SOURCE_NOTE = /^ *All URLs point at the webpack dev server[\s\S]*?never\s+edited by the build\.\n/m;

/**
 * What the built file says in its place: that it was built, from what, where its URLs point
 * (`baseUrl`, or still the dev server without one) and that manifest.xml is the file to edit.
 * No "--" in it: an XML comment may not hold one (a URL's is written %2D).
 * @param {string | null} baseUrl
 * @returns {string}
 */
function builtNote(baseUrl) {
  const where = baseUrl
    ? `with env urlProd: every URL points at\n  ${baseUrl.split("--").join("-%2D")} and AppDomain at its origin.`
    : `without env urlProd: every URL still points at the\n  webpack dev server (${DEV_URL}); docs/DEPLOY.md says how\n  to build for an intranet.`;
  return `  This is the built dist/manifest.xml, made by webpack from manifest.xml\n  ${where}\n  Edit manifest.xml and rebuild rather than this file.\n`;
}

/**
 * dist/manifest.xml from manifest.xml: the URLs rewritten for `baseUrl` (rewriteManifestUrls; null keeps the
 * dev server's) and the header's note on the checked-in file replaced by builtNote (trial29c: the built file said
 * it pointed at localhost and was never edited by the build). Throws when manifest.xml no longer has that note,
 * so the build fails rather than ship the source's words.
 * @param {string} xml manifest.xml's text
 * @param {string | null} baseUrl
 * @returns {string}
 */
function builtManifest(xml, baseUrl) {
  if (!SOURCE_NOTE.test(xml)) throw new Error("manifest.xml: its header no longer says \"All URLs point at the webpack dev server … never edited by the build.\"; update SOURCE_NOTE in scripts/manifest-url.js");
  const base = baseUrl ? normalizeBaseUrl(baseUrl) : null;
  const noted = xml.replace(SOURCE_NOTE, builtNote(base));
  return base ? rewriteManifestUrls(noted, base) : noted;
}

module.exports = { DEV_URL, DEV_ORIGIN, normalizeBaseUrl, rewriteManifestUrls, builtManifest };
