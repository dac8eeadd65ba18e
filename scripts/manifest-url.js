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

module.exports = { DEV_URL, DEV_ORIGIN, normalizeBaseUrl, rewriteManifestUrls };
