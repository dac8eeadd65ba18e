import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cli } from "../support/cli";

/** `plan-returns --version` (trial26c: 错误：没有选项 --version): the package's version, exit 0, nothing on stderr. */
const version = (JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string }).version;

describe("--version", () => {
  test.each([["--version"], ["-V"], ["--lang", "en", "--version"]])("%s", async (...args) => {
    const r = await cli(...args);
    expect([r.code, r.out, r.err]).toEqual([0, `${version}\n`, ""]);
  });
});
