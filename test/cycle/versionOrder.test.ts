import { versionOrder, type VersionTimes } from "../../src/cycle/versionOrder";
import { latestVersions } from "../../src/cycle/summaryCycle";
import { rolloverTargets } from "../../src/cycle/rolloverTargets";

type V = VersionTimes & { file: string };
const v = (file: string, receivedAt: number, savedAt?: number): V => ({ file, receivedAt, ...(savedAt === undefined ? {} : { savedAt }) });

// [why, versions given, the basis, the files oldest first]
test.each<[string, V[], "saved" | "received", string[]]>([
  ["every workbook says when it was saved: by that, whatever the files' times", [v("b", 10, 200), v("a", 20, 100)], "saved", ["a", "b"]],
  ["one does not say: by the files' times", [v("b", 10, 200), v("a", 20)], "received", ["b", "a"]],
  ["all saved at the same time (a copy): by the files' times", [v("b", 10, 100), v("a", 20, 100)], "received", ["b", "a"]],
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
  ["the replacement already newest: by the times", [c("v1", 10, 100, "A"), c("v2", 20, 200, "B", "A")], "saved", ["v1", "v2"]],
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
