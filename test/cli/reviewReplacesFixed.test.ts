/**
 * trial40f F1: a fix reviewed in the same file (the unit corrects the reviewed copy, `review` again)
 * and the same fix reviewed as a new version (`review v2 --replaces v1`, the pane's 带入上一版的审核结论)
 * give every row the same 复核状态: a 退回修改 row whose problem is gone is 已消除 in both, not 待复核
 * with its 退回修改 still holding lock back.
 */
import { copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cli } from "../support/cli";
import { at, decide, edit, KEY, returnFile, reviewRows, run, V1 } from "../support/trialReturn";

/** What the unit corrects: r04's 2023 text typed as a number, r07's 2024 value, r08's 2024 value out of the 2025 column. */
const FIX = [at("r04", "in:2023", 3.2), at("r07", "in:2024", 4.65), at("r08", "in:2024", 94), at("r08", "in:2025", null)];

describe("a fixed return: the same 复核状态 reviewed in place and as a new version (trial40f F1)", () => {
  const paths: Record<"inPlace" | "replaces", Map<string, Record<string, string>>> = { inPlace: new Map(), replaces: new Map() };
  const files = { inPlace: "", replaces: "" };
  beforeAll(async () => {
    const v1 = await returnFile(V1);
    await run("review", v1);
    const d = { reviewer: "王审核", date: new Date(Date.UTC(2025, 1, 10)) };
    await decide(v1, {
      [KEY("r04")]: { decision: "退回修改", comment: "2023年数值存成了文本", ...d },
      [KEY("r06")]: { decision: "已说明", comment: "说明合理", ...d },
      [KEY("r07")]: { decision: "通过", ...d },
      [KEY("r08")]: { decision: "退回修改", comment: "2024年数值填在了2025年列", ...d },
      [KEY("r11")]: { decision: "退回修改", comment: "请补填", ...d },
    });
    // the unit corrects the reviewed copy itself
    const inPlace = join(dirname(v1), "v1-in-place.xlsx");
    copyFileSync(v1, inPlace);
    await edit(inPlace, FIX);
    await run("review", inPlace);
    paths.inPlace = await reviewRows(inPlace);
    files.inPlace = inPlace;
    // the unit sends the same corrections as a new file
    const v2 = await returnFile([...V1, ...FIX]);
    await run("review", v2, "--replaces", v1);
    paths.replaces = await reviewRows(v2);
    files.replaces = v2;
  }, 120000);

  test.each<[string, string, string, string]>([
    ["a 退回修改 row fixed, nothing left to flag", "r08", "已消除", "退回修改"],
    ["a 退回修改 row not fixed (still blank)", "r11", "有效", "退回修改"],
    ["a 退回修改 row changed and still flagged", "r04", "待复核", "退回修改"],
    ["a 通过 row whose value changed", "r07", "待复核", "通过"],
    ["an unchanged 已说明 row", "r06", "有效", "已说明"],
    ["an unchanged row nobody decided on", "r12", "", ""],
  ])("%s (%s): %s in both", (_, id, state, decision) => {
    for (const rows of [paths.inPlace, paths.replaces]) {
      expect(rows.get(KEY(id))).toMatchObject({ review: state, decision });
    }
  });

  // trial41a F2: a 退回修改 row answered with another number than the one asked was 已消除 with an empty 数值变化 (review
  // --replaces): what its value became since the decision is said, as for a row 待复核, in both paths alike
  test.each<[string, string, RegExp]>([
    ["a fixed 退回修改 row, 已消除, says what changed", "r08", /^2024年 [A-Z]+\d+：（空） → 94；2025年 [A-Z]+\d+：94 → （空）$/],
    ["an unchanged 退回修改 row says nothing", "r11", /^$/],
    ["an unchanged row nobody decided on says nothing", "r12", /^$/],
  ])("数值变化: %s (%s)", (_, id, change) => {
    const [a, b] = [paths.inPlace.get(KEY(id))?.["change"], paths.replaces.get(KEY(id))?.["change"]];
    expect(a).toMatch(change);
    expect(b).toBe(a);
  });

  test("lock refuses both for the same reasons: the fixed 退回修改 neither in force nor 待复核", async () => {
    const [a, b] = await Promise.all([cli("lock", files.inPlace), cli("lock", files.replaces)]);
    // each with its own file in the --replaces of the way forward (trial41e F6), the same otherwise
    const reasons = (err: string, file: string): string[] => err.split("\n").filter((l) => /^\s+\d+\. /.test(l)).map((l) => l.split(file).join("<file>"));
    expect(reasons(b.err, files.replaces)).toEqual(reasons(a.err, files.inPlace));
    expect(b.err).toMatch(/1 条“退回修改”仍然有效/);
    // each named by the cell that changed (s43): r04's 2023 text K, r07's 2024 value L
    expect(b.err).toMatch(/2 行待复核（第 \d+ 行 [^、\n]+（[^\n]+!K\d+）、第 \d+ 行 [^\n]+!L\d+））/);
  }, 60000);
});
