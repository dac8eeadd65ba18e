import { brokenName } from "../../../src/import/rules/brokenName";
import { HEAD, lastLineThrough } from "./harness";

describe("brokenName: the rest of a name broken over two lines is joined to it", () => {
  test.each<[string, string[], string, string, string]>([
    ["piece in the name column under a loaded row", ["1\t城镇调查失业\t1\t2\t约束性", "\t率(%)"], "taken", "城镇调查失业率(%)", "ok"],
    ["piece at the left edge (a domain piece, not a name)", ["1\t甲率(%)\t1\t2\t约束性", "民生"], "pass", "甲率(%)", "ok"],
    ["a full row", ["1\t甲率(%)\t1\t2\t约束性", "乙率(%)\t3\t4\t预期性"], "pass", "甲率(%)", "ok"],
  ])("%s", (_d, lines, outcome, name, state) => {
    const r = lastLineThrough(brokenName, [...HEAD, ...lines]);
    expect(r.outcome).toBe(outcome);
    expect(r.codes).toEqual(outcome === "taken" ? ["name-joined"] : []);
    expect(r.reading.rows[0]?.name).toBe(name);
    expect(r.reading.rows[0]?.state).toBe(state);
  });

  // without tabs (a PDF's copy), so the cellBreaks rule does not join the lines first
  test("a piece with the values under a row still open: joined, the values from its line", () => {
    const r = lastLineThrough(brokenName, ["某县“十四五”主要指标", "序号  指标  2020年  2025年  属性", "1  城镇调查失业", "率(%)  1  2  约束性"]);
    expect(r.outcome).toBe("taken");
    expect(r.codes).toEqual(["name-joined"]);
    expect([r.reading.rows[0]?.name, r.reading.rows[0]?.state, r.reading.rows[0]?.values]).toEqual(["城镇调查失业率(%)", "ok", ["1", "2", "约束性"]]);
    expect(r.reading.rows[0]?.lines).toEqual([2, 3]);
    expect(r.reading.unread[0]?.reason).toMatch(/数值取自本行/);
  });
});
