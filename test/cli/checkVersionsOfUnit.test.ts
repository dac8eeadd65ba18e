import { copyFileSync, mkdirSync, mkdtempSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { setSavedAt } from "../support/savedAt";
import { countyReturn } from "../support/countyReturn";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * A unit that sent two versions (trial25b: 2023-常山县.xlsx of 01-20 and 2023-常山县（更正）.xlsx of
 * 01-28): `summary` and `report` say which one counts; `check` over the folder listed both as
 * ordinary returns. It says it too, one line per unit in summary's words (latestVersionLine), and
 * --json adds a line per unit with its `resubmission` after the files' lines. Versions nothing tells apart (file times
 * within a minute) are said as summary says them: neither counts. A version recorded as replacing
 * another (review --replaces) counts whatever the file times: what each holds is read only for a unit
 * that sent several (issue 19), and must still be read there.
 */
const dir = mkdtempSync(join(tmpdir(), "check-versions-"));
const ordered = join(dir, "收到");
const tied = join(dir, "同时");
const apart = join(dir, "重新下载");
const replaced = join(dir, "更正");
const OLD = "2023-常山县.xlsx", NEW = "2023-常山县（更正）.xlsx";

beforeAll(async () => {
  mkdirSync(ordered);
  mkdirSync(tied);
  mkdirSync(apart);
  for (const unit of ["开化县"]) {
    const r = await cli("template", "quzhou-2021-2025", "--year", "2023", "--unit", unit, "--out", join(dir, `${unit}.xlsx`));
    if (r.code !== 0) throw new Error(r.err);
  }
  // the corrected version holds other values, saved at the same time as the first: a copy of the same content would be
  // one return counted once (trial39c F5), and so would a version whose table holds the same values and 说明, only its
  // layout or a cell outside the table changed (trial43b F4), not two versions
  const quzhou = [findTemplate("quzhou-2021-2025") as Template];
  await countyReturn(dir, "常山县.xlsx", "常山县", 0, quzhou);
  await countyReturn(dir, "常山县-更正.xlsx", "常山县", 0.05, quzhou);
  for (const f of ["常山县.xlsx", "常山县-更正.xlsx"]) await setSavedAt(join(dir, f), "2024-01-20T01:00:00Z");
  for (const f of [ordered, tied, apart]) {
    copyFileSync(join(dir, "常山县.xlsx"), join(f, OLD));
    copyFileSync(join(dir, "常山县-更正.xlsx"), join(f, NEW));
    copyFileSync(join(dir, "开化县.xlsx"), join(f, "2023-开化县.xlsx"));
  }
  // in `ordered` neither says when it was saved (a save time both share tells nothing, and then nor do the files' times:
  // trial41a F1), so the files' times decide
  for (const f of [OLD, NEW]) await setSavedAt(join(ordered, f), null);
  utimesSync(join(ordered, OLD), new Date("2024-01-20T09:00:00Z"), new Date("2024-01-20T09:00:00Z"));
  utimesSync(join(ordered, NEW), new Date("2024-01-28T09:00:00Z"), new Date("2024-01-28T09:00:00Z"));
  for (const f of [OLD, NEW]) utimesSync(join(tied, f), new Date("2024-01-28T09:00:00Z"), new Date("2024-01-28T09:00:00Z"));
  // trial41a F1: the same save time, the old version's file 8 days newer (its mail downloaded again): tied all the same
  utimesSync(join(apart, NEW), new Date("2024-01-20T09:00:00Z"), new Date("2024-01-20T09:00:00Z"));
  utimesSync(join(apart, OLD), new Date("2024-01-28T09:00:00Z"), new Date("2024-01-28T09:00:00Z"));
  // the corrected version (other values) recorded as replacing the first, whose file was touched later (opened again)
  mkdirSync(replaced);
  await countyReturn(replaced, OLD, "常山县", 0, quzhou);
  await countyReturn(replaced, NEW, "常山县", 0.05, quzhou);
  copyFileSync(join(dir, "开化县.xlsx"), join(replaced, "2023-开化县.xlsx"));
  const rv = await cli("review", join(replaced, NEW), "--replaces", join(replaced, OLD));
  if (rv.code !== 0) throw new Error(rv.err);
  utimesSync(join(replaced, NEW), new Date("2024-01-28T09:00:00Z"), new Date("2024-01-28T09:00:00Z"));
  utimesSync(join(replaced, OLD), new Date("2024-02-01T09:00:00Z"), new Date("2024-02-01T09:00:00Z"));
}, 120_000);

type Line = { file: string; report?: unknown; resubmission?: { unit: string; files: string[]; by: string | null; counted: string | null } };

describe("check names the version of a unit that counts", () => {
  test.each([
    ["zh", "the later file counts", () => ordered, [`常山县 收到 2 版，按最新一版（${join(ordered, NEW)}，按文件修改时间最晚）汇总、评估，不计入：${join(ordered, OLD)}`]],
    ["en", "the later file counts", () => ordered, [`常山县 sent 2 versions; the latest (${join(ordered, NEW)}, the newest file by file time) is summed and evaluated; not counted: ${join(ordered, OLD)}`]],
    ["zh", "tied: neither counts", () => tied, [expect.stringMatching(/^常山县：.*几版无法区分新旧.*review "新版" --replaces "旧版"/)]],
    ["en", "tied: neither counts", () => tied, [expect.stringMatching(/^常山县: .*cannot be told apart.*--replaces/)]],
  ] as const)("%s: %s", async (lang, _why, folder, said) => {
    const r = await cli("check", folder(), "--lang", lang);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n").filter((l) => l.startsWith("常山县") || l.startsWith("开化县"));
    expect(lines).toEqual(said);
  });

  test.each([
    ["the later file counts", () => ordered, "received", NEW, [OLD, NEW]],
    ["the version recorded as replacing the other counts, though its file is older", () => replaced, "replaced", NEW, [OLD, NEW]],
    ["neither counts where they are tied", () => tied, null, null, [OLD, NEW]],
    // tied, listed in their files' order as ever: only which one counts is no longer read from it
    ["neither counts where they share a save time, whatever their file times", () => apart, null, null, [NEW, OLD]],
  ] as const)("--json: %s", async (_why, folder, by, counted, files) => {
    const r = await cli("check", folder(), "--json");
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l) as Line);
    // every file's line as before (they stream), then one line for the unit, named by the file that counts (tied: the first)
    expect(lines.slice(0, 3).every((l) => l.report !== undefined && l.resubmission === undefined)).toBe(true);
    expect(lines.slice(3)).toEqual([{ file: join(folder(), counted ?? files[0]), resubmission: { unit: "常山县", files: files.map((f) => join(folder(), f)), by, counted: counted === null ? null : join(folder(), counted) } }]);
  });
});
