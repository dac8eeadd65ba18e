import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cycleMessage } from "../../src/cli/cycleMessages";
import { resubmissionMessage } from "../../src/cli/resubmissionMessages";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { describeIssue } from "../../src/domain/describeIssue";
import { EVALUATION_WORDS } from "../../src/domain/evaluationWords";
import type { Issue } from "../../src/domain/Issue";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { flagReason } from "../../src/sheet/flagReason";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/*
 * Trial P read the CLI in English: "2 error(s), not locked", "14 line(s) read (14 indicator(s))",
 * "Reforms: 22: completed 5", lines starting "locked rv/a.xlsx" and "distributed 4 returns",
 * "4 of 4 received; not sent 2" (two of the four were files that cannot be summed), 预期性 said
 * "expected" in the report, 序时进度 "Due" in the check table, "±10 points". Now: counts agree
 * with their nouns (englishCount), lines start with a capital, one English term per Chinese term
 * (ENGLISH_TERMS), and the files received but counted not sent are said beside "received".
 */
const dir = mkdtempSync(join(tmpdir(), "english-flow-"));
const sent = join(dir, "sent");
const got = join(dir, "got");
const zs = findTemplate("zhoushan-2021-2025") as Template;
const outputs: string[] = [];

async function en(...args: string[]): Promise<string> {
  const r = await cli("--lang", "en", ...args);
  outputs.push(r.out, r.err);
  return r.out + r.err;
}

beforeAll(async () => {
  await en("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区,岱山县,嵊泗县", "--deadline", "2024-01-31", "--out-dir", sent);
  mkdirSync(got);
  copyFileSync(join(sent, "报送台账.xlsx"), join(got, "报送台账.xlsx"));
  for (const unit of ["定海区", "普陀区"]) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sent, `2023-${unit}.xlsx`));
    // the two returns differ, or the second is the same return twice
    expect(fillInputs(wb, sampleReturn(zs, 2023).filter((e) => typeof e.value === "number").map((e, i) => (i === 0 && unit === "普陀区" ? { ...e, value: Number(e.value) + 1 } : e)))).toEqual([]);
    await wb.xlsx.writeFile(join(got, `2023-${unit}.xlsx`));
  }
  writeFileSync(join(got, "2023-岱山县.csv"), "指标,2023\n地区生产总值,1234\n");
  writeFileSync(join(got, "2023-嵊泗县.xls"), "not a workbook");
  await en("summary", got, "--ledger", join(got, "报送台账.xlsx"), "--as-of", "2024-02-05");
  await en("report", got, "--ledger", join(got, "报送台账.xlsx"), "--out", join(dir, "r.docx"));
  await en("check", join(got, "2023-定海区.xlsx"));
  const a = join(dir, "a.xlsx");
  copyFileSync(join(got, "2023-定海区.xlsx"), a);
  await en("review", a);
  await en("lock", a, "--reviewer", "X");
  await en("diff", join(got, "2023-定海区.xlsx"), join(got, "2023-普陀区.xlsx"));
  const table = join(dir, "table.txt");
  writeFileSync(table, "“十四五”卫生健康主要指标\n指标名称\t单位\t2020年基期值\t2025年目标值\t属性\n人均预期寿命\t岁\t81.5\t82以上\t预期性\n");
  await en("import", table, "--out", join(dir, "t.json"));
}, 120000);

describe("the English of a distribute → summary → report → check → review → lock → diff → import run", () => {
  test.each([
    ["no count written noun(s)", /\w\(s\)/],
    ["no Chinese list comma beside Latin letters, digits or a file name", /[A-Za-z0-9.)]、|、[A-Za-z]/],
    ["no line starting with a lower-case word", /^[a-z]+\b/m],
    ["预期性 not said 'expected' beside binding", /binding, \d+ expected/],
  ])("%s", (_, bad) => {
    expect(outputs.join("\n")).not.toMatch(bad);
  });
  test("the ledger line says the files received but counted not sent beside 'received'", () => {
    expect(outputs.join("\n")).toMatch(/^Ledger \(报送台账\): 4 expected, 4 received \(2 of them counted as not sent, named below among those to be chased\); not sent 2 {2}sent 2 /m);
  });
});

const jump = (limit: number, change: number): Issue => ({ code: "value_jump", severity: "warning", params: { year: 2022, previous: 50, change, by: "points", limit } } as unknown as Issue);
describe("English counts and terms, one way each", () => {
  test.each([
    ["lock_blockers, 1", cycleMessage("lock_blockers", { invalid: 1, nOver: 0, nOther: 0 }, "en"), "Invalid data on 1 row"],
    ["lock_blockers, 2 and a status cell", cycleMessage("lock_blockers", { invalid: 2, nOver: 1, over: "S11", nOther: 0 }, "en"), "Invalid data on 2 rows and 1 status cell typed over (S11)"],
    ["lock_blockers, other errors", cycleMessage("lock_blockers", { invalid: 0, nOver: 0, nOther: 2, other: "T3, T4" }, "en"), "2 other errors (T3, T4)"],
    ["distributed", cycleMessage("distributed", { n: 1, year: 2023, deadline: "" }, "en"), "Distributed 1 return (2023)"],
    ["locked", cycleMessage("locked", { file: "a.xlsx", n: 240, filled: 140, sheets: 1 }, "en"), "Locked a.xlsx: the fingerprint of 240 input cells"],
    ["diff_head", resubmissionMessage("diff_head", { values: 1, old: "a", new: "b", texts: 2 }, "en"), "1 value changed from a to b, and 2 notes or assessments"],
    ["value_jump, ±1 point", describeIssue(jump(1, 12.5), "en"), "up 12.5 percentage points since 2022 (50), beyond ±1 percentage point"],
    ["value_jump, ±10 points", describeIssue(jump(10, 1), "en"), "up 1 percentage point since 2022 (50), beyond ±10 percentage points"],
    ["attributes", EVALUATION_WORDS.en.attributes(1, 2, 0), "1 binding, 2 indicative"],
    ["flagReason", flagReason({ kind: "indicator", status: "lagging", target: "75", progress: 0.45, expected: 0.6, value: "61", baseline: "50" }, 2023, "en") ?? "", "progress 45.0%, below the expected progress 60.0%"],
  ])("%s", (_, said, start) => {
    expect(said.startsWith(start)).toBe(true);
  });
});
