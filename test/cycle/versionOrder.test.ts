import { versionOrder, type VersionTimes } from "../../src/cycle/versionOrder";
import { latestVersions } from "../../src/cycle/summaryCycle";
import { rolloverTargets } from "../../src/cycle/rolloverTargets";
import { cycleMessage } from "../../src/cli/cycleMessages";
import type { TieCause } from "../../src/domain/TieCause";

type V = VersionTimes & { file: string };
// file times in minutes (versions received within a minute of each other are not told apart by them); save times as given
const v = (file: string, receivedMinutes: number, savedAt?: number): V => ({ file, receivedAt: receivedMinutes * 60_000, ...(savedAt === undefined ? {} : { savedAt }) });

// [why, versions given, the basis, the files oldest first]
test.each<[string, V[], "saved" | "received", string[]]>([
  ["every workbook says when it was saved: by that, whatever the files' times", [v("b", 10, 200), v("a", 20, 100)], "saved", ["a", "b"]],
  ["one does not say: by the files' times", [v("b", 10, 200), v("a", 20)], "received", ["b", "a"]],
  ["one saved at no time: by the files' times", [v("b", 10), v("a", 20)], "received", ["b", "a"]],
  ["three versions", [v("c", 1, 300), v("a", 3, 100), v("b", 2, 200)], "saved", ["a", "b", "c"]],
])("%s", (_why, list, by, oldestFirst) => {
  const o = versionOrder(list);
  expect(o.by).toBe(by);
  expect([...list].sort((x, y) => o.rank(x) - o.rank(y)).map((x) => x.file)).toEqual(oldestFirst);
});

// a trial: the reviewer wrote a 审核意见 into the first version after the second came, saving it anew, and summary
// counted the first; the second's 审核 sheet records what it replaces (review --replaces), and that decides
type R = V & { content: string; replaces?: string };
const c = (file: string, receivedAt: number, savedAt: number, content: string, replaces?: string): R => ({ ...v(file, receivedAt, savedAt), content, ...(replaces === undefined ? {} : { replaces }) });
test.each<[string, R[], "replaced" | "saved" | "received", string[]]>([
  ["the first saved again later: the recorded replacement still comes last", [c("v1", 30, 300, "A"), c("v2", 20, 200, "B", "A")], "replaced", ["v1", "v2"]],
  ["the replacement already newest: the record is still what is named", [c("v1", 10, 100, "A"), c("v2", 20, 200, "B", "A")], "replaced", ["v1", "v2"]],
  ["the older one records a replacement of a version not given: by the times", [c("v1", 10, 100, "A", "Z"), c("v2", 20, 200, "B")], "saved", ["v1", "v2"]],
  ["a chain of three, times all wrong", [c("v3", 1, 100, "C", "B"), c("v1", 3, 300, "A"), c("v2", 2, 200, "B", "A")], "replaced", ["v1", "v2", "v3"]],
  ["it replaces a version not given: by the times", [c("v1", 10, 300, "A"), c("v2", 20, 200, "B", "Z")], "saved", ["v2", "v1"]],
])("%s", (_why, list, by, oldestFirst) => {
  const o = versionOrder(list);
  expect(o.by).toBe(by);
  expect([...list].sort((x, y) => o.rank(x) - o.rank(y)).map((x) => x.file)).toEqual(oldestFirst);
});

test.each<[string, V[], string, "saved" | "received"]>([
  ["summary and report count the version saved last", [v("定海-1.xlsx", 50, 100), v("定海-2.xlsx", 40, 200)], "定海-2.xlsx", "saved"],
  ["without save times, the newest file", [v("定海-1.xlsx", 50), v("定海-2.xlsx", 40)], "定海-1.xlsx", "received"],
])("%s", (_why, list, counted, by) => {
  const r = latestVersions(list.map((x) => ({ ...x, unit: "定海区" })));
  expect(r.counted.map((x) => x.file)).toEqual([counted]);
  expect(r.versions.map((x) => x.by)).toEqual([by]);
  // rollover picks the same one
  const t = rolloverTargets(list.map((x) => ({ ...x, unit: "定海区", year: 2024 })), 2025, "/out");
  expect(t.ok && t.targets.map((x) => x.file)).toEqual([counted]);
});

// a manager's trial: rollover said 其次文件最新 (the newest file) when the workbooks' save times, or a recorded
// replacement, had decided; it says what decided, in the words summary and report use (newestBy), zh and en
type Y = R & { year: number };
const y = (year: number, x: R): Y => ({ ...x, year });
test.each<[string, Y[], string, string, string]>([
  ["versions of one year, by save times", [y(2024, c("v1", 20, 100, "A")), y(2024, c("v2", 10, 200, "B"))], "v2",
    "定海区 有 2 份填报，按 v2 换年度（按工作簿记录的保存时间最晚），未用：v1",
    "定海区 sent 2 returns; rolled over v2 (saved last, by the workbooks' own save times), not: v1"],
  ["versions of one year, by file times (no save times)", [y(2024, { ...v("v1", 10), content: "A" }), y(2024, { ...v("v2", 20), content: "B" })], "v2",
    "定海区 有 2 份填报，按 v2 换年度（按文件修改时间最晚），未用：v1",
    "定海区 sent 2 returns; rolled over v2 (the newest file by file time), not: v1"],
  ["a recorded replacement", [y(2024, c("v1", 30, 300, "A")), y(2024, c("v2", 20, 200, "B", "A"))], "v2",
    "定海区 有 2 份填报，按 v2 换年度（审核时记录为替换前一版（review --replaces）），未用：v1",
    "定海区 sent 2 returns; rolled over v2 (recorded as replacing the other when reviewed (review --replaces)), not: v1"],
  ["two years, one return each: the year alone", [y(2023, c("old", 30, 300, "A")), y(2024, c("new", 10, 100, "B"))], "new",
    "定海区 有 2 份填报，按 new 换年度（报告年份最晚），未用：old",
    "定海区 sent 2 returns; rolled over new (the latest reporting year), not: old"],
  ["two years and two versions of the later: the year, then the save times", [y(2023, c("old", 30, 300, "A")), y(2024, c("v1", 20, 100, "B")), y(2024, c("v2", 10, 200, "C"))], "v2",
    "定海区 有 3 份填报，按 v2 换年度（报告年份最晚，其次按工作簿记录的保存时间最晚），未用：old、v1",
    "定海区 sent 3 returns; rolled over v2 (the latest reporting year, then saved last, by the workbooks' own save times), not: old, v1"],
  // an earlier year's file without a save time no longer turns the later year's versions to file times
  ["an earlier year without a save time: the later year's versions still by save times", [y(2023, v("old", 30) as R), y(2024, c("v1", 20, 100, "B")), y(2024, c("v2", 10, 200, "C"))], "v2",
    "定海区 有 3 份填报，按 v2 换年度（报告年份最晚，其次按工作簿记录的保存时间最晚），未用：old、v1",
    "定海区 sent 3 returns; rolled over v2 (the latest reporting year, then saved last, by the workbooks' own save times), not: old, v1"],
])("rollover: %s", (_why, list, chosen, zh, en) => {
  const t = rolloverTargets(list.map((x) => ({ ...x, unit: "定海区" })), 2025, "/out");
  if (!t.ok) throw new Error("clash");
  expect(t.targets.map((x) => x.file)).toEqual([chosen]);
  const [p] = t.passedOver;
  const params = { unit: p!.unit, n: p!.others.length + 1, file: p!.file, laterYear: p!.laterYear ? 1 : 0, by: p!.by ?? "" };
  expect(cycleMessage("roll_versions", { ...params, others: p!.others.join("、") }, "zh")).toBe(zh);
  expect(cycleMessage("roll_versions", { ...params, others: p!.others.join(", ") }, "en")).toBe(en);
});

// a manager's trial: openpyxl 3.0 and LibreOffice's --convert-to keep the save time they read, so 常山县's two versions
// said the same time; the folder was then copied without its file times (0.1 ms apart) and the old version was summed.
// Nothing telling them apart, none is taken: summary, report and rollover say which unit and how to tell them
const ms = (file: string, receivedAt: number, savedAt?: number, replaces?: string): R => ({ file, receivedAt, content: file, ...(savedAt === undefined ? {} : { savedAt }), ...(replaces === undefined ? {} : { replaces }) });
test.each<[string, R[], string[] | null, string, TieCause | null]>([
  ["the same save time, copied (file times 0.1 ms apart): not told apart", [ms("更正", 1_000.1, 500), ms("原", 1_000.2, 500)], ["更正", "原"], "", { by: "saved" }],
  ["no save times, file times 30 s apart", [ms("a", 0), ms("b", 30_000)], ["a", "b"], "", { by: "received", unsaved: 2, of: 2 }],
  // trial41a F1: the old mail downloaded again (or reviewed by mistake, review leaving docProps/core.xml as it was) is the
  // newest file; the save times tie, so no file time decides, however far apart
  ["the same save time, file times 5 minutes apart: not told apart", [ms("更正", 0, 500), ms("原", 300_000, 500)], ["更正", "原"], "", { by: "saved" }],
  ["the same save time, file times 2 days apart: not told apart", [ms("更正", 0, 500), ms("原", 2 * 86_400_000, 500)], ["更正", "原"], "", { by: "saved" }],
  // s42: what tied them, as the line says it: one save time, or no save time (of one or all) and file times a copy's moment apart
  ["one without a save time, file times 20 s apart: not told apart", [ms("a", 0, 500), ms("b", 20_000)], ["a", "b"], "", { by: "received", unsaved: 1, of: 2 }],
  ["no save times, file times 5 minutes apart: by the file times", [ms("a", 0), ms("b", 300_000)], null, "b", null],
  ["one without a save time, 5 minutes apart: by the file times", [ms("a", 0, 500), ms("b", 300_000)], null, "b", null],
  ["save times a second apart: by them, whatever the file times", [ms("b", 1_000.1, 2_000), ms("a", 1_000.2, 1_000)], null, "b", null],
  ["recorded as replacing the other (review --replaces): by the record", [ms("新", 1_000.1, 500, "旧"), ms("旧", 1_000.2, 500)], null, "新", null],
  ["an old version plainly older, the two newest copied alike: those two", [ms("v1", 0, 100), ms("v2", 1_000.2, 200), ms("v3", 1_000.1, 200)], ["v3", "v2"], "", { by: "saved" }],
  ["the two newest saved at one second, received 2 minutes apart: those two", [ms("v1", 0, 100), ms("v2", 120_000, 200), ms("v3", 1_000, 200)], ["v3", "v2"], "", { by: "saved" }],
  ["an old version saved at the newest's second, one saved later: the later save", [ms("v1", 0, 100), ms("v2", 120_000, 100), ms("v3", 1_000, 200)], null, "v3", null],
])("%s", (_why, list, tied, counted, cause) => {
  expect(versionOrder(list).tied?.map((x) => x.file) ?? null).toEqual(tied);
  expect(versionOrder(list).cause ?? null).toEqual(cause);
  const units = list.map((x) => ({ ...x, unit: "常山县" }));
  const r = latestVersions(units);
  expect(r.counted.map((x) => x.file)).toEqual(counted ? [counted] : []);
  expect(r.tied.map((t) => [t.unit, t.files.map((x) => x.file), t.cause])).toEqual(tied ? [["常山县", tied, cause]] : []);
  if (tied) expect(r.versions).toEqual([]);
  // rollover chooses the same way: none rolled over, the unit's versions named
  const t = rolloverTargets(units.map((x) => ({ ...x, year: 2024 })), 2025, "/out");
  if (!t.ok) throw new Error("clash");
  expect(t.targets.map((x) => x.file)).toEqual(counted ? [counted] : []);
  expect(t.tied).toEqual(tied ? [{ unit: "常山县", files: tied, cause }] : []);
});

// trial39c F5: a unit's file downloaded twice (「2023-定海区 (1).xlsx」, byte for byte the same) was 无法区分新旧 in check and
// report, and their advice (review --replaces) was refused for it. Versions of the same content are one return: never
// tied with one another, counted once, `by` "copy" where every version is the same
const same = (file: string, receivedAt: number, content: string, savedAt?: number): R => ({ file, receivedAt, content, ...(savedAt === undefined ? {} : { savedAt }) });
test.each<[string, R[], string | null, string | null]>([
  ["two copies, the same save time, file times 0.1 ms apart", [same("定海区.xlsx", 1_000.1, "A", 500), same("定海区 (1).xlsx", 1_000.2, "A", 500)], "copy", "定海区 (1).xlsx"],
  ["two copies, no save times", [same("a", 0, "A"), same("b", 30_000, "A")], "copy", "b"],
  ["three copies", [same("a", 0, "A", 1), same("b", 0.1, "A", 1), same("c", 0.2, "A", 1)], "copy", "c"],
  ["an old version and two copies of the new one: by the save times, the copies not tied", [same("v1", 0, "A", 100), same("v2", 1_000.2, "B", 200), same("v3", 1_000.1, "B", 200)], "received", "v2"],
  ["an old version copied alike beside a new one: still tied (two contents)", [same("v1", 1_000.1, "A", 200), same("v2", 1_000.2, "B", 200)], null, null],
])("%s", (_why, list, by, counted) => {
  const o = versionOrder(list);
  expect([o.tied === undefined, o.tied === undefined ? o.by : null]).toEqual([by !== null, by]);
  const r = latestVersions(list.map((x) => ({ ...x, unit: "定海区" })));
  expect(r.counted.map((x) => x.file)).toEqual(counted ? [counted] : []);
  expect(r.tied.length).toBe(counted ? 0 : 1);
});

// trial43b F4: three versions of 南湖区 saved in one second (a blank row inserted, a notes column, a column in the hidden
// area) were refused as 几版无法区分新旧：内容不同 where diff found 0 changes. Versions whose tables hold the same values and
// 说明 (tableContent's `table`) are one return: never tied, one counted, `by` "table" where every version's table is the
// same; a table that truly differs is still tied (内容不同)
type T = V & { content: string; table?: string };
const tab = (file: string, receivedAt: number, content: string, table: string | undefined, savedAt?: number): T => ({ file, receivedAt, content, ...(table === undefined ? {} : { table }), ...(savedAt === undefined ? {} : { savedAt }) });
test.each<[string, T[], string | null, string | null]>([
  ["three layouts, one save time, the same table", [tab("插空行", 0, "A", "t", 500), tab("插备注列", 0, "B", "t", 500), tab("插列在隐藏区", 0, "C", "t", 500)], "table", "插列在隐藏区"],
  ["two layouts, no save times, file times apart by a second", [tab("a", 0, "A", "t"), tab("b", 1_000, "B", "t")], "table", "b"],
  ["one layout copied byte for byte: still a copy", [tab("a", 0, "A", "t", 500), tab("b", 0, "A", "t", 500)], "copy", "b"],
  ["an old version, then two layouts of the new one saved together: the new one counted, not tied (as copies: by the file order)", [tab("v1", 0, "A", "t1", 100), tab("v2", 0, "B", "t2", 200), tab("v3", 0, "C", "t2", 200)], "received", "v3"],
  ["the same save time, the tables differ: tied (内容不同)", [tab("a", 0, "A", "t1", 500), tab("b", 0, "B", "t2", 500)], null, null],
  ["the same save time, one table not read: tied", [tab("a", 0, "A", "t", 500), tab("b", 0, "B", undefined, 500)], null, null],
])("%s", (_why, list, by, counted) => {
  const o = versionOrder(list);
  expect([o.tied === undefined, o.tied === undefined ? o.by : null]).toEqual([by !== null, by]);
  const r = latestVersions(list.map((x) => ({ ...x, unit: "南湖区" })));
  expect(r.counted.map((x) => x.file)).toEqual(counted ? [counted] : []);
  expect(r.tied.length).toBe(counted ? 0 : 1);
});
