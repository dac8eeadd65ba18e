import { ledgerSheet } from "../../src/cycle/ledgerSheet";
import type { UnitFacts } from "../../src/cycle/UnitFacts";
import { FIRST_DATA_ROW } from "../../src/sheet/keys";
import { wrappedLines } from "../../src/sheet/wrappedLines";
import { middleCut } from "../../src/sheet/middleCut";

/**
 * The 报送台账 prints legibly: a trial's state column (10 wide, centred) showed 通过（1 项未评估）
 * as 过（1 项未评估, and a 225-byte file name ran past the table so that fit-to-width printed the
 * page at about 4 pt.
 */
const base: UnitFacts = { unit: "常山县", deadline: "2025-01-31", state: "已报", errors: 0, unexplainedLags: 0, missing: 0, rows: 54, lock: "", versions: 1, changes: 0 };
const LONG = "2024-常山县-关于报送衢州市公共服务提升十四五规划主要指标2024年度完成情况的函-附件1-主要指标目标表-经办人已签字-分管领导已审-最终版-最终版2-确认无误请查收.xlsx";
const widthOf = (facts: UnitFacts[], col: number): number => ledgerSheet(facts, 2024, "2025-02-05").columns[col - 1]!.width;

test.each<[string, Partial<UnitFacts>, number]>([
  ["a bare state keeps the least width", {}, 10],
  ["通过 with indicators not assessed is one line", { state: "通过", unassessed: 1, lock: "已锁定" }, 18],
  ["通过 with 12 not assessed is one line too", { state: "通过", unassessed: 12, lock: "已锁定" }, 18],
  ["通过 not in force is one line", { state: "已报", held: 2 }, 18],
])("报送状态: %s", (_label, more, width) => {
  const s = ledgerSheet([{ ...base, ...more }], 2024, "2025-02-05");
  const cell = s.cells.find((c) => c.address === `C${FIRST_DATA_ROW}`);
  expect(s.columns[2]!.width).toBe(width);
  expect(wrappedLines(String(cell?.value), width)).toBe(1);
});

test.each<[string, string, number, string]>([
  ["a short name keeps the least width", "收到/2024-常山县.xlsx", 30, "2024-常山县.xlsx"],
  ["a longer name widens the column", "收到/龙游县　2024年度 填报（最终版）.xlsx", 33, "龙游县　2024年度 填报（最终版）.xlsx"],
  ["a name past the widest is cut in the middle", `收到/${LONG}`, 40, middleCut(LONG, 40)],
])("文件: %s", (_label, file, width, shown) => {
  const s = ledgerSheet([{ ...base, file }], 2024, "2025-02-05", (f) => `./${f}`);
  // 文件 after 收到日期 (trial37b F8): column M
  const cell = s.cells.find((c) => c.address === `M${FIRST_DATA_ROW}`);
  expect(widthOf([{ ...base, file }], 13)).toBe(width);
  expect(cell?.value).toBe(shown);
  expect(wrappedLines(shown, width)).toBe(1);
  expect(cell?.hyperlink).toBe(`./${file}`);
});

test.each<[string, Partial<UnitFacts>, number, string]>([
  ["a day alone keeps the least width", { received: "2025-01-30", receivedFrom: "ledger" }, 12, "2025-01-30"],
  ["a save day, late, is one line", { received: "2025-02-09", receivedFrom: "saved", late: 9 }, 33, "2025-02-09（文件保存日期） 逾期 9 天"],
])("收到日期: %s", (_label, more, width, shown) => {
  const s = ledgerSheet([{ ...base, file: "收到/2024-常山县.xlsx", ...more }], 2024, "2025-02-10");
  const cell = s.cells.find((c) => c.address === `L${FIRST_DATA_ROW}`);
  expect(s.columns[11]!.width).toBe(width);
  expect(cell?.value).toBe(shown);
  expect(wrappedLines(shown, width)).toBe(1);
});

test.each<[string, string, number, RegExp]>([
  ["a name that fits stays whole", "2024-常山县.xlsx", 30, /^2024-常山县\.xlsx$/],
  ["a long name keeps its start and its extension", LONG, 40, /^2024-常山县-关于.*….*确认无误请查收\.xlsx$/],
  ["a narrow column still keeps the extension", LONG, 12, /….*xlsx$/],
])("middleCut: %s", (_label, text, width, shape) => {
  const cut = middleCut(text, width);
  expect(cut).toMatch(shape);
  expect(wrappedLines(cut, width)).toBe(1);
});

test("a 催报 line longer than its merge wraps, its row as high as its lines", () => {
  const s = ledgerSheet([{ ...base, state: "未报", unusable: "other_year", file: "收到/2023-东港经济开发区.xlsx" }], 2024, "2025-02-05");
  const chase = s.cells.find((c) => c.address.startsWith("D") && typeof c.value === "string" && c.value.startsWith("收到的文件无法汇总"));
  expect(chase?.style).toBe("textWrap");
  const row = Number(chase?.address.slice(1));
  expect(s.rowHeights[row]).toBeGreaterThanOrEqual(30);
});
