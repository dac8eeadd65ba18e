/**
 * trial33 T12: a problem about an earlier year's cell was listed differently by each output. 问题清单 put
 * 某市专栏1!I17 (the 2021 cell) beside 2023's 当年值 0.13万吨 and 2023's 数据异常, as if they were I17's; the
 * 审核 sheet put 氨氮 at I18 while check named K18. Now `check --json` (an issue's `year` and `value`),
 * `summary`'s 问题清单 (位置, 当年值, 状态) and `review`'s 审核 (位置, 当年值, 状态) agree: each problem at its
 * cell, with its year and that cell's value; the year's value and status only beside the year's cell.
 */
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { cellText } from "../../src/domain/CellValue";
import { markedStatus } from "../../src/domain/markedStatus";
import type { Status } from "../../src/domain/Status";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { cli } from "../support/cli";
import { at, KEY, returnFile, reviewRows, run, years } from "../support/trialReturn";

interface JsonIssue { code: string; severity: string; cell: string; year?: number; value?: string }
interface JsonItem { id: string; sheet: string; cells: Record<string, string>; status: string; attribute: string | null; issues: JsonIssue[] }

/** 问题清单's lines: [位置, 当年值, 状态, 问题]. */
type Line = [string, string, string, string];

// 2024's return: each row has a problem about an earlier year's cell and another about the year's
const ENTRIES = [
  // 用水总量 4.5 → <4.8: 2021 typed ten times over (a warning), 2024 typed as an approximate text (数据异常)
  ...years("r07", 45.5, 4.6, 4.58, "约4.6"),
  // 再生水利用率 18 → 25: 2022 typed as text (a warning), 2024 fell back (严重滞后) with no 说明
  ...years("r09", 18.5, "19左右", 19.4, 17),
  // 农村自来水普及率 92.5 → ≥95: 2021 beyond 100% (a warning), 2024 lagging with its 说明: its one problem is 2021's
  ...years("r01", 930, 93, 93.5, 93.6), at("r01", "note", "2024年受干旱影响，部分水厂限时供水"),
];

let items: JsonItem[] = [];
let lines: Line[] = [];
let review = new Map<string, Record<string, string>>();
beforeAll(async () => {
  const f = await returnFile(ENTRIES);
  const checked = await cli("check", f, "--json");
  items = (JSON.parse(checked.out) as { items: JsonItem[] }).items;
  const out = join(f, "..", `${Date.now()}-汇总.xlsx`);
  await run("summary", f, "--out", out);
  const flags = (await readXlsxZip(readFileSync(out))).sheets.find((s) => s.name === "问题清单")!;
  lines = flags.rows.slice(1).map((r) => [2, 4, 5, 6].map((c) => cellText(r?.[c] ?? { type: "empty" })) as Line);
  await run("review", f);
  review = await reviewRows(f);
}, 60000);

const item = (id: string): JsonItem => items.find((i) => i.id === id)!;
const STATUS: Record<string, string> = { invalid: "数据异常", severe: "严重滞后", lagging: "滞后" };

describe("a problem about an earlier year's cell: the same cell, year and value in check --json, 问题清单 and 审核", () => {
  test.each<[string, string, number, string]>([
    ["a 2021 slip beside 2024's text", "r07", 2021, "45.5"],
    ["2022 typed as text beside 2024's fall", "r09", 2022, "19左右"],
    ["2021 beyond 100% on a lagging row with its 说明", "r01", 2021, "930"],
  ])("%s (%s): check --json names %i's cell and its value", (_what, id, year, value) => {
    const i = item(id);
    const issue = i.issues.find((x) => x.cell === i.cells[String(year)]);
    expect(issue).toMatchObject({ severity: "warning", year, value });
  });

  test.each<[string, number]>([["r07", 2021], ["r09", 2022], ["r01", 2021]])("%s: 问题清单's line at the %i cell shows its year and value, and no status of 2024's", (id, year) => {
    const i = item(id);
    const issue = i.issues.find((x) => x.year === year)!;
    const line = lines.find(([place]) => place === `${i.sheet}!${issue.cell}`);
    expect(line?.slice(1, 3)).toEqual([`${year} 年 ${issue.value!}`, "—"]);
    expect(line?.[3].startsWith(`${year} 年`)).toBe(true);
  });

  test.each<[string]>([["r07"], ["r09"], ["r01"]])("%s: the row's 2024 status stands on a line at a cell of 2024's, never at an earlier year's", (id) => {
    const i = item(id);
    const earlier = new Set(Object.entries(i.cells).filter(([y]) => Number(y) < 2024).map(([, c]) => `${i.sheet}!${c}`));
    // a binding row's status as check marks it, 滞后（约束性） (markedStatus, session 44)
    const own = lines.filter(([place, , state]) => state === markedStatus(i.status as Status, i.attribute ?? undefined, "zh") && place.startsWith(`${i.sheet}!`) && Number(place.replace(/^.*![A-Z]+/, "")) === Number(i.cells["2024"]!.replace(/^[A-Z]+/, "")));
    expect(own.length).toBeGreaterThan(0);
    for (const [place] of own) expect(earlier.has(place)).toBe(false);
  });

  test.each<[string]>([["r07"], ["r09"], ["r01"]])("%s: 审核's 位置 is check's cell for 2024, beside 2024's value and status, and 问题 names the earlier cell", (id) => {
    const i = item(id);
    const row = review.get(KEY(id))!;
    const earlier = i.issues.find((x) => x.year !== undefined)!;
    expect({ cell: row["cell"], status: row["status"] }).toEqual({ cell: i.cells["2024"], status: STATUS[i.status] });
    // the year's own value beside it, as 问题清单 gives 2024's cell
    const own = lines.find(([place, , state]) => place === `${i.sheet}!${i.cells["2024"]}` && state !== "—");
    if (own) expect(row["value"]).toBe(own[1]);
    expect(row["issue"]).toContain(`${earlier.cell}：`);
  });
});
