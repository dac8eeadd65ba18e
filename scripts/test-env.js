#!/usr/bin/env node
/*
 * First step of `npm test`: make sure the programs the tests drive are here, before lint or jest
 * run. The tests prove sheet formulas in LibreOffice Calc and Gnumeric, convert .docx with
 * LibreOffice Writer, drive the task pane in Chromium and render pages with pdftoppm; none of
 * them skips when a program is missing, so a missing program is caught here, in one line.
 *
 * - Everything found: silent, exit 0.
 * - Something missing on Debian/Ubuntu as root: apt-get update + install --no-install-recommends
 *   (one line says so), then look again.
 * - Otherwise (or with --check): one line naming exactly what to install on this platform, exit 1.
 *
 * Where the tools are looked for: scripts/test-tools.js ($PLAN_RETURNS_<TOOL>, PATH, usual places).
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { findTool } = require("./test-tools");

const zh = /^zh/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "");
const say = (zhText, enText) => (zh ? zhText : enText);

/**
 * Whether the LibreOffice next to `soffice` has a module (sc = Calc, sw = Writer). Debian splits
 * them into packages; the Windows and macOS installers always carry both. An unknown layout
 * (a wrapper script, a snap) is trusted rather than refused.
 * @param {"sc" | "sw"} mod
 */
function libreOfficeHas(mod) {
  const soffice = findTool("soffice");
  if (!soffice) return false;
  let dir;
  try {
    dir = path.dirname(fs.realpathSync(soffice));
  } catch {
    return false;
  }
  const dirs = [dir, path.join(dir, "..", "Frameworks")];
  const modules = dirs.flatMap((d) => {
    try {
      return fs.readdirSync(d);
    } catch {
      return [];
    }
  }).filter((f) => /^(lib)?\w+lo\.(so|dylib|dll)$/.test(f));
  if (modules.length === 0) return true;
  return modules.some((f) => f.replace(/^lib/, "").startsWith(`${mod}lo.`));
}

/** A font covering Chinese, so rendered sheets and screenshots show text, not boxes (Linux only). */
function hasCjkFont() {
  if (process.platform !== "linux") return true; // Windows and macOS ship CJK fonts
  const r = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() !== "";
}

const LIBREOFFICE = say("LibreOffice（https://zh-cn.libreoffice.org/download/）", "LibreOffice (https://www.libreoffice.org/download/)");

/**
 * What the tests need. `debian`: packages; `mac`/`win`: what to download or run there.
 * @type {Array<{ what: string, present: () => boolean, debian: string[], ubuntu?: string[], mac: string, win: string }>}
 */
const NEEDS = [
  { what: "LibreOffice Calc", present: () => libreOfficeHas("sc"), debian: ["libreoffice-calc"], mac: LIBREOFFICE, win: LIBREOFFICE },
  { what: "LibreOffice Writer", present: () => libreOfficeHas("sw"), debian: ["libreoffice-writer"], mac: LIBREOFFICE, win: LIBREOFFICE },
  {
    what: "Gnumeric (ssconvert)", present: () => findTool("ssconvert") !== null, debian: ["gnumeric"],
    mac: "brew install gnumeric", win: say("Gnumeric（ssconvert.exe 放入 PATH，或设 PLAN_RETURNS_SSCONVERT）", "Gnumeric (ssconvert.exe on PATH, or set PLAN_RETURNS_SSCONVERT)"),
  },
  {
    what: "Chromium", present: () => findTool("chromium") !== null, debian: ["chromium"], ubuntu: ["chromium-browser"],
    mac: say("Chromium 或 Google Chrome", "Chromium or Google Chrome"), win: say("Chromium、Google Chrome 或 Microsoft Edge", "Chromium, Google Chrome or Microsoft Edge"),
  },
  {
    what: "pdftoppm (Poppler)", present: () => findTool("pdftoppm") !== null, debian: ["poppler-utils"],
    mac: "brew install poppler", win: say("Poppler for Windows（pdftoppm.exe 放入 PATH）", "Poppler for Windows (pdftoppm.exe on PATH)"),
  },
  { what: say("中文字体", "a CJK font"), present: hasCjkFont, debian: ["fontconfig", "fonts-noto-cjk"], mac: "", win: "" },
];

const isUbuntu = () => {
  try {
    return /^ID=ubuntu$/m.test(fs.readFileSync("/etc/os-release", "utf8"));
  } catch {
    return false;
  }
};
const hasApt = () => process.platform === "linux" && spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;
const packages = (needs) => [...new Set(needs.flatMap((n) => (isUbuntu() && n.ubuntu) || n.debian))];
const missing = () => NEEDS.filter((n) => !n.present());

/** One line: what is missing and exactly how to get it here. */
function stop(needs, prefix = "") {
  const what = needs.map((n) => n.what).join(say("、", ", "));
  let how;
  if (process.platform === "darwin" || process.platform === "win32") {
    how = [...new Set(needs.map((n) => (process.platform === "darwin" ? n.mac : n.win)).filter(Boolean))].join("; ");
  } else if (hasApt()) {
    how = `${isRoot() ? "" : "sudo "}apt-get install --no-install-recommends ${packages(needs).join(" ")}`;
  } else {
    how = say(`用本机的包管理器安装 ${what}`, `install ${what} with your distribution's package manager`);
  }
  process.stderr.write(`${prefix}${say(`npm test 需要先安装 ${what}。请安装：${how}`, `npm test needs ${what}; install first: ${how}`)}\n`);
  process.exit(1);
}

function aptInstall(pkgs) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", ...pkgs]]) {
    const r = spawnSync("apt-get", args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    if (r.status !== 0) {
      const last = `${r.stderr || ""}${r.error ? String(r.error) : ""}`.trim().split("\n").pop();
      return `apt-get ${args[0]}: ${last || `exit ${r.status}`}`;
    }
  }
  return null;
}

function main() {
  const needs = missing();
  if (needs.length === 0) return;
  if (process.argv.includes("--check") || !hasApt() || !isRoot()) stop(needs);
  const pkgs = packages(needs);
  process.stdout.write(`${say(`npm test：正在用 apt-get 安装测试所需的 ${pkgs.join(" ")}（只在首次）…`, `npm test: installing what the tests need with apt-get (first run only): ${pkgs.join(" ")}`)}\n`);
  const failed = aptInstall(pkgs);
  const still = missing();
  if (failed || still.length > 0) stop(still.length > 0 ? still : needs, failed ? `${failed}. ` : say("安装后仍未找到。", "Still not found after apt-get. "));
}

main();
