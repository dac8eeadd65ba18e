import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";

// trial47a: 云溪县's 重大改革 list with 完成时限 and 2023年度目标, pasted, imported, filed for 2024 and checked: a reform due
// in 2023 still 推进中 read 待人工评估 (「改革清单没有时间节点」) and one completed a year late just 已完成 (§5, our reading)
const TABLE = [
  "云溪县“十四五”重大改革任务清单",
  "序号\t改革任务\t牵头单位\t完成时限\t2023年度目标",
  "1\t深化农村宅基地制度改革试点\t县农业农村局\t2023年底\t完成宅基地确权登记颁证",
  "2\t国有企业整合重组改革\t县国资办\t2023年\t完成三家县属国企整合",
  "3\t县域医共体建设改革\t县卫生健康局\t2025年\t医共体成员单位信息系统互联互通",
  "4\t教育评价改革\t县教育局\t2024年6月\t义务教育学校评价体系全覆盖",
].join("\n");

const dir = mkdtempSync(join(tmpdir(), "reform-deadline-"));
const table = join(dir, "重大改革.txt");
const json = join(dir, "重大改革.json");
const file = join(dir, "2024-云溪县.xlsx");
const ID = "imported";

interface Row { id: string; status: string; issues: Array<{ code: string; message?: string }> }
interface ReportJson { text: string; reforms?: Array<{ id: string; group: string; deadline?: string; late?: boolean; line: string }> }

beforeAll(async () => {
  writeFileSync(table, TABLE);
  const imported = await cli("import", table, "--id", ID, "--out", json);
  if (imported.code !== 0) throw new Error(imported.err);
  const made = await cli("template", "--from", json, "--year", "2024", "--unit", "云溪县", "--out", file);
  if (made.code !== 0) throw new Error(made.err);
  const e = (id: string, key: string, value: string): InputEntry => ({ template: ID, id, key, value });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const entries = [e("reform-01", "state", "已完成"), e("reform-01", "evidence", "云政办〔2024〕12号"), e("reform-02", "state", "推进中"), e("reform-03", "state", "推进中"), e("reform-04", "state", "未启动")];
  if (fillInputs(wb, entries).length) throw new Error("not placed");
  await wb.xlsx.writeFile(file);
});

function rows(doc: unknown): Row[] {
  const out: Row[] = [];
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) { o.forEach(walk); return; }
    if (o === null || typeof o !== "object") return;
    const r = o as Record<string, unknown>;
    if (r["kind"] === "reform") out.push(r as unknown as Row);
    Object.values(r).forEach(walk);
  };
  walk(doc);
  return out;
}

describe("check and report of a reform list with 完成时限", () => {
  let checked: Row[];
  let report: ReportJson;
  beforeAll(async () => {
    const c = await cli("check", file, "--json");
    checked = rows(JSON.parse(c.out));
    const r = await cli("report", file, "--json");
    expect(r.err).toBe("");
    report = JSON.parse(r.out) as ReportJson;
  });

  test.each<[string, string, string, string | null, string, string]>([
    ["done a year late", "reform-01", "met", "reform_done_late", "已完成", "深化农村宅基地制度改革试点（县农业农村局）：已完成（晚于完成时限 2023年底，逾期完成）"],
    ["推进中 past its 2023 deadline", "reform-02", "severe", "reform_overdue", "逾期未完成", "国有企业整合重组改革（县国资办）：逾期未完成（推进中，完成时限 2023年）"],
    ["推进中 before its deadline", "reform-03", "manual", null, "推进中", "县域医共体建设改革（县卫生健康局）：推进中（待人工评估）"],
    ["未启动 past a month deadline in the year", "reform-04", "severe", "reform_overdue", "逾期未完成", "教育评价改革（县教育局）：逾期未完成（未启动，完成时限 2024年6月）"],
  ])("%s", (_why, id, status, code, group, line) => {
    const row = checked.find((x) => x.id === id);
    expect(row?.status).toBe(status);
    expect(row?.issues.find((i) => i.code === "reform_overdue" || i.code === "reform_done_late")?.code ?? null).toBe(code);
    const rf = report.reforms?.find((x) => x.id === id);
    expect(rf?.group).toBe(group);
    expect(rf?.line).toContain(line);
  });

  test("the report counts the overdue reforms", () => {
    expect(report.text).toContain("改革事项 4 项：已完成 1 项，逾期未完成 2 项，推进中 1 项。");
  });
});
