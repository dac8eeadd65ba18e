import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { catalog } from "../../src/templates/catalog";

/**
 * A year asked for that is not the cover's is said once (a 2023 return checked with `--year 2024`
 * read the empty 2024 column and said 未填报 on every row, without a word about the cover's year).
 */
const t = catalog().find((x) => x.id === "zhoushan-2021-2025");
if (!t) throw new Error("zhoushan-2021-2025");

test.each<[string, number | undefined, string[]]>([
  ["no year asked: the cover's", undefined, []],
  ["the cover's year asked", 2023, []],
  ["a later year", 2024, ["year_not_cover"]],
  ["an earlier year", 2022, ["year_not_cover"]],
])("%s", async (_label, asked, codes) => {
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2023, reportingUnit: "定海区" }));
  const grid = await readXlsxZip(new Uint8Array(await wb.xlsx.writeBuffer()));
  const r = checkGrid(grid, asked);
  if (!r.ok) throw new Error(r.message);
  expect(r.report.problems.map((p) => p.code).filter((c) => c === "year_not_cover")).toEqual(codes);
  if (asked === 2024) {
    expect(r.report.year).toBe(2024);
    expect(describeWorkbookProblem(r.report.problems.find((p) => p.code === "year_not_cover")!, "zh"))
      .toBe("按指定的 2024 年核对，而「填报说明」C5 的填报年度为 2023 年：各行读取的是 2024 年的列；如要核对本表所填的 2023 年，请不要指定年度");
  }
});
