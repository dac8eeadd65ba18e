/**
 * trJ item 2: a 审核 row is decided by its 审核结论 alone. One with only an 审核意见 (待核实), only an
 * 审核人 or only a date stays 待审核, what was written kept, and lock names it among the 待审核 rows.
 */
import ExcelJS from "exceljs";
import { cli } from "../support/cli";
import { at, decide, KEY, returnFile, reviewRows, run, years } from "../support/trialReturn";

// clean values; r06 lags without a 说明 (flagged)
const CLEAN = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586), at("r13", "assess", "已达标")];

describe("a row without a 审核结论 is not decided (trJ item 2)", () => {
  test.each<[string, string, Record<string, ExcelJS.CellValue>]>([
    ["only 审核意见 待核实", "待审核", { comment: "待核实" }],
    ["only 审核人", "待审核", { reviewer: "王审核" }],
    ["only 审核日期", "待审核", { date: new Date(Date.UTC(2024, 1, 6)) }],
    ["审核意见 and 审核人, no 结论", "待审核", { comment: "电话核实中", reviewer: "王审核" }],
    ["a 结论 (通过): decided", "有效", { decision: "通过", reviewer: "王审核" }],
  ])("%s: 复核状态 %s, what was written kept; lock names it as 待审核 or not", async (_, state, typed) => {
    const f = await returnFile(CLEAN);
    await run("review", f);
    await decide(f, { [KEY("r06")]: typed });
    await run("review", f);
    const row = (await reviewRows(f)).get(KEY("r06"))!;
    expect(row["review"]).toBe(state);
    for (const [k, v] of Object.entries(typed)) if (typeof v === "string") expect(row[k]).toBe(v);
    const r06 = row["name"]!;
    const l = await cli("lock", f, "--reviewer", "王审核");
    expect(l.code).toBe(0);
    // 待审核 rows are named by their row on the sheet: 第 9 行 农田灌溉水有效利用系数
    expect(l.out).toMatch(/^注意：审核表中仍有 \d+ 行待审核（/m);
    expect(new RegExp(`第 \\d+ 行 ${r06}`).test(l.out)).toBe(state === "待审核");
  }, 60000);
});
