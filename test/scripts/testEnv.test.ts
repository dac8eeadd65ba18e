/**
 * scripts/test-env.js, the first step of `npm test`, on machines made in a temp folder: PATH holds
 * only what each case puts there (a stand-in apt-get written in Node, stand-in tools), so the
 * real LibreOffice and Chromium of this machine are hidden and nothing is installed. POSIX only
 * (shebang stand-ins).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findTool } from "../../scripts/test-tools";

const SCRIPT = join(__dirname, "../../scripts/test-env.js");
const TOOLS = ["soffice", "ssconvert", "chromium", "pdftoppm"] as const;
const ALL = "LibreOffice Calc, LibreOffice Writer, Gnumeric (ssconvert), Chromium, pdftoppm (Poppler), a CJK font";
const PACKAGES = "libreoffice-calc libreoffice-writer gnumeric chromium poppler-utils fontconfig fonts-noto-cjk";
const isRoot = process.getuid?.() === 0;

function executable(file: string, body: string): void {
  writeFileSync(file, body);
  chmodSync(file, 0o755);
}

/** A folder with a stand-in apt-get that logs its calls; `install` writes stand-in tools beside itself when `installs`. */
function fakeApt(mode: "installs" | "installs nothing" | "offline"): string {
  const dir = mkdtempSync(join(tmpdir(), "test-env-"));
  executable(join(dir, "apt-get"), `#!${process.execPath}
const fs = require("fs"), path = require("path");
const args = process.argv.slice(2);
fs.appendFileSync(path.join(__dirname, "log"), args.join(" ") + "\\n");
if (args[0] === "update" && ${JSON.stringify(mode)} === "offline") { process.stderr.write("E: Could not resolve 'deb.debian.org'\\n"); process.exit(100); }
if (args[0] === "install" && ${JSON.stringify(mode)} === "installs") {
  for (const t of ${JSON.stringify(TOOLS)}) fs.writeFileSync(path.join(__dirname, t), "#!/bin/sh\\n", { mode: 0o755 });
  fs.writeFileSync(path.join(__dirname, "fc-list"), "#!/bin/sh\\necho 'Noto Sans CJK SC'\\n", { mode: 0o755 });
}
`);
  return dir;
}

function run(pathDirs: string[], ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { PATH: pathDirs.join(":"), LANG: "C" };
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { env, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm test's preparation (scripts/test-env.js)", () => {
  test("with everything present it says nothing and exits 0", () => {
    const dir = fakeApt("installs nothing");
    for (const t of TOOLS) executable(join(dir, t), "#!/bin/sh\n");
    executable(join(dir, "fc-list"), "#!/bin/sh\necho 'Noto Sans CJK SC'\n");
    expect(run([dir])).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(existsSync(join(dir, "log"))).toBe(false); // apt-get never called
  });

  test.each([
    ["no apt-get", false, `npm test needs ${ALL}; install first: install ${ALL} with your distribution's package manager\n`],
    ["apt-get, --check", true, `npm test needs ${ALL}; install first: ${isRoot ? "" : "sudo "}apt-get install --no-install-recommends ${PACKAGES}\n`],
  ])("nothing installed (%s): one line naming exactly what to install, exit 1, nothing installed", (_name, withApt, line) => {
    const dir = fakeApt("installs");
    const r = run(withApt ? [dir] : [mkdtempSync(join(tmpdir(), "test-env-empty-"))], "--check");
    expect(r).toEqual({ status: 1, stdout: "", stderr: line });
    const log = join(dir, "log");
    expect(existsSync(log) ? readFileSync(log, "utf8") : "").toBe(withApt ? "--version\n" : "");
    expect(existsSync(join(dir, "soffice"))).toBe(false);
  });

  // As root on Debian it installs; as anyone else it must not try (and says sudo).
  test.each([
    ["installs", 0, "", ""],
    ["installs nothing", 1, "", `Still not found after apt-get. npm test needs ${ALL}; install first: apt-get install --no-install-recommends ${PACKAGES}\n`],
    ["offline", 1, "", `apt-get update: E: Could not resolve 'deb.debian.org'. npm test needs ${ALL}; install first: apt-get install --no-install-recommends ${PACKAGES}\n`],
  ])("root with apt-get, whose install %s: exit %d", (mode, status, _out, err) => {
    const dir = fakeApt(mode as "installs" | "installs nothing" | "offline");
    const r = run([dir]);
    if (!isRoot) {
      expect(r).toEqual({ status: 1, stdout: "", stderr: `npm test needs ${ALL}; install first: sudo apt-get install --no-install-recommends ${PACKAGES}\n` });
      return;
    }
    expect(r).toEqual({ status, stdout: `npm test: installing what the tests need with apt-get (first run only): ${PACKAGES}\n`, stderr: err });
    const calls = readFileSync(join(dir, "log"), "utf8").split("\n").filter((l) => l !== "--version");
    expect(calls).toEqual(mode === "offline"
      ? ["update -qq", ""]
      : ["update -qq", `install -y -qq --no-install-recommends ${PACKAGES}`, ""]);
  });
});

describe("findTool (scripts/test-tools.js): one answer for the preparation and the tests", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test.each(TOOLS)("%s: $PLAN_RETURNS_<ID> wins when it names a file, and only then; else PATH", (id) => {
    const dir = mkdtempSync(join(tmpdir(), "find-tool-"));
    const onPath = join(dir, id);
    executable(onPath, "#!/bin/sh\n");
    const elsewhere = join(mkdtempSync(join(tmpdir(), "find-tool-")), "bin");
    executable(elsewhere, "#!/bin/sh\n");
    const key = `PLAN_RETURNS_${id.toUpperCase()}`;
    process.env.PATH = dir;
    delete process.env[key];
    expect(findTool(id)).toBe(onPath);
    process.env[key] = elsewhere;
    expect(findTool(id)).toBe(elsewhere);
    process.env[key] = join(dir, "missing");
    expect(findTool(id)).toBeNull();
    delete process.env[key];
    process.env.PATH = mkdtempSync(join(tmpdir(), "find-tool-empty-"));
    expect(findTool(id)).toBeNull();
  });
});
