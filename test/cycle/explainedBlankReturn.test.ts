import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { cli } from "../support/cli";

/**
 * trial35 X3: 南山镇 sent its return with every value blank and the reason in every 说明 (2022年数据待县水利局核定后补报).
 * The summary called it 收到空表, counted it 未报 and chased it as 逾期, while its 问题清单 quoted the 10 reasons, and the
 * ledger's 未填报 cell was empty where --json said 10. A return whose blanks are explained is a return sent (§6a, our
 * reading): 已报, its rows 未填报（已说明）, not chased to fill them; the text, --json and the ledger sheet say the same.
 * A 说明 that gives no reason (无) explains nothing: that file is still 收到空表. (On main every row read 收到空表.)
 */
const dir = mkdtempSync(join(tmpdir(), "explained-blank-"));
const seed = JSON.parse(readFileSync(join(__dirname, "../../seeds/zhoushan-2021-2025.json"), "utf8")) as { indicators: Array<{ id: string }> };
const ids = seed.indicators.map((i) => i.id);

test.each<[string, string, number, string, boolean]>([
  // name, what 定海区 typed in 说明, on how many rows, ledger state, still 收到空表
  ["every blank explained", "2023年数据待统计局核定后补报", ids.length, "已报", false],
  ["one blank explained", "统计局尚未发布", 1, "已报", false],
  ["a 说明 that says nothing", "无", ids.length, "未报", true],
])("%s", async (name, note, rows, state, blank) => {
  const d = join(dir, name);
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区", "--deadline", "2024-01-31", "--out-dir", d)).code).toBe(0);
  const ExcelJS = (await import("exceljs")).default;
  const { fillInputs } = await import("../../src/hosts/xlsx/fillInputs");
  const wb = new ExcelJS.Workbook();
  const file = join(d, "2023-定海区.xlsx");
  await wb.xlsx.readFile(file);
  expect(fillInputs(wb, ids.slice(0, rows).map((id) => ({ template: "zhoushan-2021-2025", id, key: "note", value: note })))).toEqual([]);
  await wb.xlsx.writeFile(file);

  const args = [file, "--ledger", join(d, "报送台账.xlsx"), "--as-of", "2024-02-01", "--out", join(d, "汇总.xlsx")];
  const json = JSON.parse((await cli("summary", ...args, "--json")).out) as {
    units: Array<{ yearBlank?: boolean }>; ledger: Array<{ state: string; blank?: string; missing: number; explainedMissing?: number; chase: string[] }>;
  };
  const [x] = json.ledger;
  expect([x?.state, x?.blank !== undefined, json.units[0]?.yearBlank === true]).toEqual([state, blank, blank]);
  const explained = note === "无" ? 0 : rows;
  if (!blank) expect([x?.missing, x?.explainedMissing ?? 0]).toEqual([ids.length, explained]);

  const text = (await cli("summary", ...args, "--force")).out;
  expect(text.includes("收到空表")).toBe(blank);
  // all explained: said on the 已说明 line, not chased to fill; some explained: the rest chased as any return's blanks
  expect(text.includes(`未填报但已说明原因（不列入补填）：定海区 ${rows} 项（均已说明）`)).toBe(!blank && rows === ids.length);
  expect(text.includes(`请督促补填：定海区 ${ids.length - rows} 项`)).toBe(!blank && rows < ids.length);

  // the ledger sheet's 未填报 cell holds the count --json gives (it was empty for a 收到空表 return)
  const g = await readXlsxZip(readFileSync(join(d, "汇总.xlsx")));
  const ledger = g.sheets.find((s) => s.name === "报送台账")?.rows ?? [];
  const row = ledger.find((r) => (r ?? []).some((c) => c && cellText(c).startsWith("定海区")));
  const cells = (row ?? []).map((c) => (c ? cellText(c) : ""));
  expect([cells[1], cells[2], cells[3]]).toEqual([blank ? "定海区（收到空表）" : "定海区", state, blank ? "" : String(ids.length)]);
}, 60000);
