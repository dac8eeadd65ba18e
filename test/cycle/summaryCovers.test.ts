import { summaryCovers } from "../../src/cycle/summaryCovers";
import type { UnusableFile } from "../../src/cycle/UnusableFile";

// last year's summary (covering 江山市) beside 江山市's own file that cannot be used (the 十四五 form dated 2026):
// 江山市 read 只在汇总表中 and its own file's reason was lost from the ledger's count
const SUMMARY: UnusableFile = { file: "指标填报/汇总.xlsx", reason: "summary", message: "", covers: ["柯城区", "江山市", "常山县"] };
const OWN: UnusableFile = { file: "指标填报/2026-江山市.xlsx", reason: "outside_plan", message: "", unit: "江山市" };

describe("summaryCovers: the units a summary among the returns covers, wanted as their own returns", () => {
  test.each<[string, UnusableFile[], string[], string[]]>([
    ["a covered unit with no file of its own is wanted", [SUMMARY], ["柯城区"], ["江山市", "常山县"]],
    ["a covered unit that sent a file of its own that cannot be used is chased for that file, not wanted", [SUMMARY, OWN], ["柯城区"], ["常山县"]],
    ["every covered unit summed: none wanted", [SUMMARY], ["柯城区", "江山市", "常山县"], []],
  ])("%s", (_, skipped, used, wanted) => {
    const r = summaryCovers(skipped, used);
    expect(r.skipped.find((x) => x.reason === "summary")?.wanted).toEqual(wanted);
    expect(r.elsewhere.map((x) => x.unit)).toEqual(wanted);
  });
});
