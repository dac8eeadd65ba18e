/*
 * The programs `npm test` needs outside Node, and where to find them. One home for both
 * scripts/test-env.js (which installs or names what is missing before anything runs) and the
 * tests themselves (test/support/testTool.ts), so the two never disagree about a path.
 *
 * A tool is found, in order, at $PLAN_RETURNS_<ID> (e.g. PLAN_RETURNS_SOFFICE=/opt/lo/program/soffice),
 * on PATH, or at the usual install place on Windows and macOS (their installers do not touch PATH).
 * On Linux only PATH counts, so hiding a directory from PATH is an honest "not installed".
 */
"use strict";

const fs = require("fs");
const path = require("path");

const isWin = process.platform === "win32";

/** @returns {string[]} Windows install folders (Program Files, both bitnesses, and per-user). */
function winRoots() {
  return [process.env.ProgramFiles, process.env["ProgramFiles(x86)"], process.env.LOCALAPPDATA].filter(Boolean);
}

/**
 * Tools by id. `names`: executable names looked up on PATH; `places`: absolute fallbacks per platform.
 * @type {Record<string, { names: string[], places: Partial<Record<NodeJS.Platform, string[]>> }>}
 */
const TOOLS = {
  soffice: {
    names: ["soffice"],
    places: {
      darwin: ["/Applications/LibreOffice.app/Contents/MacOS/soffice"],
      win32: winRoots().map((r) => path.join(r, "LibreOffice", "program", "soffice.exe")),
    },
  },
  ssconvert: {
    names: ["ssconvert"],
    places: { darwin: ["/opt/homebrew/bin/ssconvert", "/usr/local/bin/ssconvert"] },
  },
  chromium: {
    // Any Chromium build drives playwright-core; Edge ships with Windows 10 and 11.
    names: ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"],
    places: {
      darwin: ["/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],
      win32: winRoots().flatMap((r) => [
        path.join(r, "Chromium", "Application", "chrome.exe"),
        path.join(r, "Google", "Chrome", "Application", "chrome.exe"),
        path.join(r, "Microsoft", "Edge", "Application", "msedge.exe"),
      ]),
    },
  },
  pdftoppm: {
    names: ["pdftoppm"],
    places: { darwin: ["/opt/homebrew/bin/pdftoppm", "/usr/local/bin/pdftoppm"] },
  },
};

/** @param {string} file @returns {boolean} */
function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** @param {string} name @returns {string | null} the first match on PATH (PATHEXT on Windows) */
function onPath(name) {
  const exts = isWin ? (process.env.PATHEXT || ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const file = path.join(dir, name + ext);
      if (isFile(file)) return file;
    }
  }
  return null;
}

/**
 * Where a tool is, or null.
 * @param {"soffice" | "ssconvert" | "chromium" | "pdftoppm"} id
 * @returns {string | null} an absolute path; $PLAN_RETURNS_<ID> is taken as given when it names a file
 */
function findTool(id) {
  const tool = TOOLS[id];
  if (!tool) throw new Error(`unknown tool ${id}`);
  const override = process.env[`PLAN_RETURNS_${id.toUpperCase()}`];
  if (override) return isFile(override) ? override : null;
  for (const name of tool.names) {
    const hit = onPath(name);
    if (hit) return hit;
  }
  return (tool.places[process.platform] || []).find(isFile) || null;
}

module.exports = { findTool };
