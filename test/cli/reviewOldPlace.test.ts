/**
 * A 审核 sheet written before trial33 T12 put another year's cell in 位置 (r04's K7, the 2023 text; r08's M11, the
 * value typed ahead) when no problem was about the year's. Reviewed again now, 位置 is the year's cell (L7, L11) and
 * every decision stays on its own row: none is lost, none goes to another row, and a decision given then still goes
 * 待复核 when the row's values change since (the 2024 cell, or the 2023 cell the old 位置 named).
 */
import { at, decide, edit, KEY, returnFile, reviewRows, run, V1 } from "../support/trialReturn";

const DECIDED = { r04: "退回修改", r08: "通过", r09: "已说明" } as const;

/** A return reviewed with the old 位置 written in (as the rule before T12 wrote it) and a decision on three rows. */
async function oldSheet(): Promise<string> {
  const f = await returnFile(V1);
  await run("review", f);
  const by = { 审核人: "王审核", 审核日期: "2026-12-01" };
  await decide(f, {
    [KEY("r04")]: { cell: "K7", decision: DECIDED.r04, reviewer: by.审核人, date: by.审核日期 },
    [KEY("r08")]: { cell: "M11", decision: DECIDED.r08, reviewer: by.审核人, date: by.审核日期 },
    [KEY("r09")]: { decision: DECIDED.r09, reviewer: by.审核人, date: by.审核日期 },
  });
  return f;
}

describe("a 审核 sheet whose 位置 named another year's cell still reads", () => {
  let rows = new Map<string, Record<string, string>>();
  let said = "";
  beforeAll(async () => {
    const f = await oldSheet();
    said = await run("review", f);
    rows = await reviewRows(f);
  }, 60000);

  test.each<[string, string, string]>([
    ["r04", "L7", DECIDED.r04],
    ["r08", "L11", DECIDED.r08],
    ["r09", "L12", DECIDED.r09],
  ])("%s: 位置 is the year's %s now, its decision %s kept and still valid", (id, cell, decision) => {
    const row = rows.get(KEY(id));
    expect({ cell: row?.["cell"], decision: row?.["decision"], review: row?.["review"] }).toEqual({ cell, decision, review: "有效" });
  });

  test("no decision goes to another row, and the rows are not taken for sorted ones", () => {
    const decided = [...rows].filter(([, r]) => r["decision"]).map(([k]) => k).sort();
    expect(decided).toEqual(Object.keys(DECIDED).map(KEY).sort());
    expect(said).not.toMatch(/排序|sorted/);
  });
});

describe("a decision given beside the old 位置 goes 待复核 when its row changes", () => {
  test.each<[string, string, ReturnType<typeof at>]>([
    ["the 2024 value of r04 (the cell 位置 names now)", "r04", at("r04", "in:2024", 2.7)],
    ["the 2023 text of r04 corrected (the cell the old 位置 named)", "r04", at("r04", "in:2023", 3.2)],
    ["the 2024 value of r08", "r08", at("r08", "in:2024", 94)],
  ])("%s", async (_what, id, change) => {
    const f = await oldSheet();
    await edit(f, [change]);
    await run("review", f);
    const row = (await reviewRows(f)).get(KEY(id));
    expect({ decision: row?.["decision"], review: row?.["review"] }).toEqual({ decision: DECIDED[id as keyof typeof DECIDED], review: "待复核" });
  }, 60000);
});
