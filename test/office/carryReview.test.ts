/**
 * trial40e F4: the pane's 带入上一版的审核结论 writes into the open workbook's 审核 sheet what
 * `review new.xlsx --replaces old.xlsx` writes into new.xlsx (the same engine: returnReview with
 * resubmissionOf), cell by cell, in two syncs; and refuses, in one line and writing nothing, the file
 * the CLI refuses (another year's, plan's or unit's return: replacedVersionProblem), an unreadable
 * file, and an open workbook whose 审核 sheet already holds decisions. Fake Excel, the pane's path
 * (carryReview → makeReview → excelActions).
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { cellAsText } from "../../src/domain/cellAsText";
import { readWorkbookGrid } from "../../src/hosts/office";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { GridSheet, GridWorkbook } from "../../src/sheet/Grid";
import { KEY_ROW } from "../../src/sheet/keys";
import { REVIEW_MARK } from "../../src/sheet/reviewSheet";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { carryReview } from "../../src/ui/shared/carryReview";
import { excelActions } from "../../src/ui/shared/excelActions";
import { t, type Lang } from "../../src/ui/shared/i18n";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { makeReview, type ChosenFile } from "../../src/ui/shared/summaryActions";
import { cli } from "../support/cli";
import { decide, firstReview, KEY, returnFile, run, tpl, V1, V2 } from "../support/trialReturn";
import { openFileInFake } from "./openFileInFake";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";

afterAll(unstubExcelRun);

const reviewSheetOf = (g: GridWorkbook): GridSheet | undefined => g.sheets.find((s) => cellText(s.rows[KEY_ROW - 1]?.[0] ?? { type: "empty" }) === REVIEW_MARK);

/**
 * Every cell of a sheet as text (type:text), row by row, trailing blanks dropped: what the two 审核 sheets are compared by.
 * A number as its format shows it (cellAsText): a figure's decimals (2.02 in 0.00, 3.0 in 0.0) are the pane's as the CLI's.
 */
function cells(s: GridSheet): string[][] {
  const rows = s.rows.map((r) => (r ?? []).map((c) => (c.type === "empty" ? "" : `${c.type}:${cellAsText(c)}`)));
  const trimmed = rows.map((r) => { const out = [...r]; while (out.length && out[out.length - 1] === "") out.pop(); return out; });
  while (trimmed.length && trimmed[trimmed.length - 1]?.length === 0) trimmed.pop();
  return trimmed;
}

/** A file chosen in the pane, as the pane's picker gives it (read by readXlsxZip). */
const chosen = (file: string, name = "上一版.xlsx"): ChosenFile => ({ name, read: () => readXlsxZip(readFileSync(file)) });

/** The open workbook `file` in the fake Excel, and the pane's actions over it (the sheet list read once, as after 校验). */
async function pane(file: string) {
  const fx = await openFileInFake(readFileSync(file));
  stubExcelRun(fx.context);
  const a = excelActions(hostFunctions(fx.isSetSupported));
  await a.readGrid();
  return { fx, a };
}

/** A 2024 return of the plan `t` for `unit` holding `entries`, beside `near`. */
async function otherReturn(near: string, name: string, t: Template, unit: string, entries = V1): Promise<string> {
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2024, reportingUnit: unit }));
  fillInputs(wb, t.id === tpl.id ? entries : []);
  const f = join(dirname(near), name);
  await wb.xlsx.writeFile(f);
  return f;
}

describe("带入上一版的审核结论 writes what review --replaces writes (trial40e F4)", () => {
  let v1 = "";
  let v2 = "";
  beforeAll(async () => {
    ({ v1, v2 } = await firstReview());
  }, 120000);

  test.each<[Lang]>([["zh"], ["en"]])("the 审核 sheet equals the CLI's cell by cell, in two syncs (%s)", async (lang) => {
    const cli = join(dirname(v2), `cli-${lang}.xlsx`);
    copyFileSync(v2, cli);
    await run("review", cli, "--replaces", v1);
    const expected = reviewSheetOf(await readXlsxZip(readFileSync(cli)));
    const { fx, a } = await pane(v2);
    const before = fx.syncs;
    const out = await carryReview(a, chosen(v1), lang);
    expect(fx.syncs - before).toBeLessThanOrEqual(2);
    if (!out.ok) throw new Error(out.message);
    const written = reviewSheetOf(await readWorkbookGrid(fx.context));
    if (!expected || !written) throw new Error("no 审核 sheet");
    expect(written.name).toBe(expected.name);
    expect(cells(written)).toEqual(cells(expected));
    // 基期 a number cell in both, as written (session 47: text in both before)
    const baseline = (expected.rows[KEY_ROW - 1] ?? []).findIndex((c) => cellText(c) === "baseline");
    expect(cells(written).slice(KEY_ROW + 1).map((r) => r[baseline] ?? "").filter((c) => c.startsWith("number:")).length).toBeGreaterThan(0);
    // what firstReview decided: five rows; the pane's count of 待复核 is the CLI sheet's, and its list names them
    const stale = cells(expected).flat().filter((c) => c === "string:待复核").length;
    expect(stale).toBeGreaterThan(0);
    expect(out).toMatchObject({ carried: 5, file: "上一版.xlsx", stale });
    expect(out.toDo.filter((x) => x.state === "待复核")).toHaveLength(stale);
  }, 60000);

  // trial40f F3: the outlook was the workbook's before the carry wrote its 审核 sheet (没有审核结论, no 待复核); 生成审核表 right after corrected it
  test.each<[Lang, RegExp]>([["zh", /审核表「审核」中有 \d+ 行待复核/], ["en", /待复核/]])("the lock outlook is read from the sheet just written, as 生成审核表 right after gives it, in two syncs (%s)", async (lang, stale) => {
    const { fx, a } = await pane(v2);
    const before = fx.syncs;
    const out = await carryReview(a, chosen(v1), lang);
    expect(fx.syncs - before).toBeLessThanOrEqual(2);
    if (!out.ok) throw new Error(out.message);
    const again = await makeReview(a, lang);
    if (!again.ok) throw new Error(again.message);
    expect(out.lock).toEqual(again.lock);
    expect(out.tone).toBe(again.tone);
    expect(out.lock[lang]).toMatch(stale);
    expect(out.lock.zh).not.toMatch(/没有审核结论/);
  }, 60000);

  test("a 审核 sheet made first on the new file, nothing decided on it, takes the decisions, as review then review --replaces does", async () => {
    const made = join(dirname(v2), "made-first.xlsx");
    copyFileSync(v2, made);
    await run("review", made);
    const cli = join(dirname(v2), "made-first-cli.xlsx");
    copyFileSync(made, cli);
    await run("review", cli, "--replaces", v1);
    const { fx, a } = await pane(made);
    const out = await carryReview(a, chosen(v1), "zh");
    if (!out.ok) throw new Error(out.message);
    expect(out.carried).toBe(5);
    const written = reviewSheetOf(await readWorkbookGrid(fx.context));
    const expected = reviewSheetOf(await readXlsxZip(readFileSync(cli)));
    if (!expected || !written) throw new Error("no 审核 sheet");
    expect(cells(written)).toEqual(cells(expected));
    expect(cells(written).some((r) => r.includes("string:退回修改"))).toBe(true);
  }, 60000);

  test.each<[string, () => Promise<{ open: string; old: string }>, RegExp, RegExp]>([
    ["last year's return", async () => ({ open: v2, old: await returnFile(V1, 2023) }), /^上一版\.xlsx 是 2023 年度的填报，本工作簿是 2024 年度，未带入审核结论：/, /^上一版\.xlsx is a return of 2023, this workbook one of 2024; no decision carried: /],
    ["another unit's return", async () => ({ open: v2, old: await otherReturn(v2, "白云县.xlsx", tpl, "白云县") }), /^上一版\.xlsx 是白云县的填报，本工作簿是青山县的，未带入审核结论：/, /^上一版\.xlsx is 白云县's return, this workbook 青山县's; no decision carried: /],
    ["a return on another plan", async () => ({ open: v2, old: await otherReturn(v2, "舟山.xlsx", findTemplate("zhoushan-2021-2025") as Template, "青山县") }), /^上一版\.xlsx 是规划「[^」]+」的填报，本工作簿是「[^」]+」的，未带入审核结论：/, /^上一版\.xlsx is a return on the plan "[^"]+", this workbook one on "[^"]+"; no decision carried: /],
    ["a file that is no workbook", async () => { const f = join(dirname(v2), "not.xlsx"); writeFileSync(f, "not a zip"); return { open: v2, old: f }; }, /^上一版\.xlsx：/, /^上一版\.xlsx: /],
    ["an open workbook whose 审核 sheet holds decisions", async () => {
      const open = join(dirname(v2), "decided.xlsx");
      copyFileSync(v2, open);
      await run("review", open);
      await decide(open, { [KEY("r01")]: { decision: "通过", reviewer: "王审核" } });
      return { open, old: v1 };
    }, /^本工作簿的审核表「审核」已有 1 条审核结论，未带入上一版的结论（已有的结论不覆盖）：.*先删去「审核」表，再点“带入上一版的审核结论”$/, /^The review sheet "审核" of this workbook already holds 1 decision, so none was carried .*then click "Carry decisions from the previous version"$/],
  ])("%s: refused in one line, in either language, nothing written", async (_, files, zh, en) => {
    const { open, old } = await files();
    const { fx, a } = await pane(open);
    const sheetsBefore = JSON.stringify((await readWorkbookGrid(fx.context)).sheets);
    const out = await carryReview(a, chosen(old), "zh");
    if (out.ok) throw new Error("carried");
    expect(out.message).toMatch(zh);
    expect(out.inLang("en")).toMatch(en);
    expect(out.message).not.toContain("\n");
    expect(JSON.stringify((await readWorkbookGrid(fx.context)).sheets)).toBe(sheetsBefore);
  }, 60000);
});

describe("review --replaces refuses another unit's or another plan's return, as the pane does (replacedVersionProblem)", () => {
  test.each<[string, (near: string) => Promise<string>, RegExp]>([
    ["another unit's return", (near) => otherReturn(near, "白云县-cli.xlsx", tpl, "白云县"), /是白云县的填报，这份是青山县的，未复核；--replaces 应为本单位被替换的上一版$/],
    ["a return on another plan", (near) => otherReturn(near, "舟山-cli.xlsx", findTemplate("zhoushan-2021-2025") as Template, "青山县"), /是规划「[^」]+」的填报，这份是「[^」]+」的，未复核；--replaces 应为同一规划被替换的上一版$/],
  ])("%s: one line, exit 1, the file unchanged", async (_, other, message) => {
    const f = await returnFile(V2);
    const old = await other(f);
    const before = readFileSync(f);
    const r = await cli("review", f, "--replaces", old);
    expect([r.code, r.out]).toEqual([1, ""]);
    expect(r.err.replace(/^错误：/, "").trimEnd()).toMatch(message);
    expect(readFileSync(f).equals(before)).toBe(true);
  }, 60000);
});

describe("a 退回修改 in force says the next step (trial40e F4: 请复核或改正, which the reviewer cannot do)", () => {
  test.each<[Lang, RegExp]>([
    ["zh", /^审核结论“退回修改”仍然有效：请将填报退回填报单位改正；退回后收到新版本时，在新文件中点“带入上一版的审核结论”$/],
    ["en", /^The decision to send back \(退回修改\) still holds: send the return back to its unit to correct; when its new version arrives, click "Carry decisions from the previous version" in the new file$/],
  ])("%s: the list's line names the button by its label", (lang, line) => {
    expect(t(lang, "review.returnedHolds")).toMatch(line);
    expect(t(lang, "review.returnedHolds")).toContain(t(lang, "review.carry"));
  });
});
