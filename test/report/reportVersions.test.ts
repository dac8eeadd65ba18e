import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";
import { setSavedAt } from "../support/savedAt";
import { countyReturns } from "./countyReturns";

/**
 * `report` takes the returns `summary` takes (a fresh user's trial: 临海市 sent a 修改版 and got two
 * 【临海市】 sections, "5 份" and "5 个填报单位"): one return per 填报单位, the newest file
 * (latestVersions), a copy filed under a neighbour's name passed over (misnamedReturns); the
 * files set aside are named, and the units counted.
 */
const dir = mkdtempSync(join(tmpdir(), "report-versions-"));
let files: string[] = [];

beforeAll(async () => {
  files = await countyReturns(dir);
});

/** A copy of 定海区's return as `name`, one value changed, made newer than every other file. */
async function newerCopy(name: string): Promise<string> {
  const file = join(dir, name);
  copyFileSync(files[0]!, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(fillInputs(wb, [{ template: "zhoushan-2016-2020", id: "zs16-02", key: "in:2018", value: 97 }])).toEqual([]);
  await wb.xlsx.writeFile(file);
  // the copy says no save time (ExcelJS kept the one it read, which the original shares: such versions are tied,
  // trial41a F1), so the files' times decide
  await setSavedAt(file, null);
  const t = Date.now() / 1000;
  for (const f of files) utimesSync(f, t - 3600, t - 3600);
  utimesSync(file, t, t);
  return file;
}

interface Doc { items: Array<{ unit: string }>; text: string; resubmissions?: Array<{ unit: string; files: string[] }>; misnamed?: Array<{ file: string; passedOver: boolean }> }

describe("report: one return per unit, the one summary counts", () => {
  test.each([
    ["a second version of 定海区: the newer one evaluated, the older named", "1-定海区-修改版.xlsx", "zh",
      (f: string) => [`定海区 收到 2 版，按最新一版（${f}，按文件修改时间最晚）评估，未评估：${files[0]}`], true],
    ["the same in English", "1-定海区-修改版2.xlsx", "en",
      (f: string) => [`定海区 sent 2 versions; the latest (${f}, the newest file by file time) is evaluated; not evaluated: ${files[0]}`], true],
    ["定海区's return copied under 普陀区's name: passed over, not 普陀区's nor 定海区's newer version", "2-普陀区-抄送.xlsx", "zh",
      (f: string) => [`请核实 ${f}：文件名是普陀区的，「填报说明」表的填报单位却是定海区；定海区另有填报，此文件未评估，未计入普陀区`], false],
  ] as const)("%s", async (_why, name, lang, lines, counted) => {
    const copy = await newerCopy(name);
    const r = await cli("report", ...files, copy, "--out", join(dir, `${name}.docx`), "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    const out = r.out.split("\n");
    expect(out[0]).toContain(lang === "en" ? "(4 returns, year 2018" : "（4 份，2018 年度）");
    for (const l of lines(copy)) expect(out).toContain(l);
    const j = await cli("report", ...files, copy, "--json");
    const doc = JSON.parse(j.out) as Doc;
    // one paragraph and one set of items per unit (in the order summary sums them: the counted file's place)
    expect(doc.text.split("\n").map((l) => /^【(.+?)】/.exec(l)?.[1]).sort()).toEqual(["定海区", "普陀区", "岱山县", "嵊泗县"].sort());
    expect(new Set(doc.items.map((i) => i.unit)).size).toBe(4);
    expect(doc.items.filter((i) => i.unit === "定海区").length).toBe(doc.items.filter((i) => i.unit === "普陀区").length);
    expect(doc.resubmissions ?? []).toEqual(counted ? [{ unit: "定海区", files: [files[0], copy], by: "received" }] : []);
    expect((doc.misnamed ?? []).map((m) => [m.file, m.passedOver])).toEqual(counted ? [] : [[copy, true]]);
  });

  // our reading of issue 18.4: a manager saving two mail attachments at once gets file times in the order
  // saved; the workbooks' own save times (docProps/core.xml) say which version the unit made last
  test.each([
    ["zh", "按工作簿记录的保存时间最晚"],
    ["en", "saved last, by the workbooks' own save times"],
  ] as const)("the version saved last is evaluated though its file is older (%s)", async (lang, basis) => {
    const dl = mkdtempSync(join(tmpdir(), "report-saved-"));
    const [older, newer] = [join(dl, "定海区-第一版.xlsx"), join(dl, "定海区-第二版.xlsx")];
    for (const [file, saved, value] of [[older, "2024-01-20T08:00:00Z", 96], [newer, "2024-01-25T08:00:00Z", 97]] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(files[0]!);
      expect(fillInputs(wb, [{ template: "zhoushan-2016-2020", id: "zs16-02", key: "in:2018", value }])).toEqual([]);
      wb.modified = new Date(saved);
      await wb.xlsx.writeFile(file);
    }
    // downloaded newest first: the first version's file is the newer
    const t = Date.now() / 1000;
    utimesSync(newer, t - 60, t - 60);
    utimesSync(older, t, t);
    const r = await cli("report", older, newer, ...files.slice(1), "--out", join(dl, "r.docx"), "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out.split("\n")).toContain(lang === "en"
      ? `定海区 sent 2 versions; the latest (${newer}, ${basis}) is evaluated; not evaluated: ${older}`
      : `定海区 收到 2 版，按最新一版（${newer}，${basis}）评估，未评估：${older}`);
    const j = JSON.parse((await cli("report", older, newer, ...files.slice(1), "--json")).out) as Doc;
    expect(j.resubmissions).toEqual([{ unit: "定海区", files: [older, newer], by: "saved" }]);
  });

  // a trial: after the second version came, the reviewer wrote a 审核意见 into the first and saved it (its save
  // time and file time newest), and summary counted the first; review --replaces recorded which is newer
  test("the version review --replaces recorded is counted, whatever the times say (summary, report, rollover)", async () => {
    const dl = mkdtempSync(join(tmpdir(), "report-replaced-"));
    const [v1, v2] = [join(dl, "定海区-第一版.xlsx"), join(dl, "定海区-第二版.xlsx")];
    for (const [file, value] of [[v1, 96], [v2, 97]] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(files[0]!);
      expect(fillInputs(wb, [{ template: "zhoushan-2016-2020", id: "zs16-02", key: "in:2018", value }])).toEqual([]);
      await wb.xlsx.writeFile(file);
    }
    expect((await cli("review", v1)).code).toBe(0);
    expect((await cli("review", v2, "--replaces", v1)).code).toBe(0);
    // the first opened again and saved after the second: newer by its workbook's save time and its file's
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(v1);
    wb.modified = new Date(Date.now() + 86400000);
    await wb.xlsx.writeFile(v1);
    const t = Date.now() / 1000;
    utimesSync(v2, t - 3600, t - 3600);
    utimesSync(v1, t, t);
    const others = files.slice(1);
    const r = await cli("report", v1, v2, ...others, "--out", join(dl, "r.docx"));
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out.split("\n")).toContain(`定海区 收到 2 版，按最新一版（${v2}，审核时记录为替换前一版（review --replaces））评估，未评估：${v1}`);
    const s = await cli("summary", v1, v2, ...others, "--json");
    const json = JSON.parse(s.out) as { units: Array<{ unit: string; file: string }>; resubmissions: Array<{ files: string[]; by: string }> };
    expect(json.units.find((u) => u.unit === "定海区")?.file).toBe(v2);
    expect(json.resubmissions.map((x) => [x.files, x.by])).toEqual([[[v1, v2], "replaced"]]);
    const roll = await cli("rollover", v1, v2, "--year", "2019", "--out-dir", join(dl, "next"));
    expect(roll.code).toBe(0);
    expect(roll.out).toContain(`按 ${v2} 换年度`);
  }, 120000);

  test("the Word report counts units under its title: 4, not 5", async () => {
    const copy = await newerCopy("1-定海区-第三版.xlsx");
    const out = join(dir, "title.docx");
    expect((await cli("report", ...files, copy, "--out", out)).code).toBe(0);
    const mammoth = await import("mammoth");
    const text = (await mammoth.extractRawText({ path: out })).value.split(/\n+/);
    expect(text[1]).toBe("评估范围：舟山市 4 个填报单位。");
  });
});
