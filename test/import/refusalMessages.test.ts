import { formatUnread, importTable } from "../../src/import";

/**
 * importTable's refusals come from one zh/en catalogue (refusalMessages.ts): each refusal has a
 * code, the Chinese text in `message` and the English in `messageEn`, and formatUnread(…, "en")
 * gives the English. A refusal's English text carries no Chinese of its own: only the plan's
 * words it quotes (指标名称, 十四五, …) and the lines' own text.
 */
const HAN_RUN = /[\u3400-\u9fff]+/gu;
/** Chinese the English text may quote: header words and plan periods it names */
const QUOTED = new Set(["指标名称", "指标", "年", "年目标", "目标", "十四五", "项目名称", "总投资", "建设内容", "改革名称", "改革任务", "牵头单位", "嵊泗"]);

const cases: Array<[string, string, { id?: string }, string, RegExp]> = [
  ["empty paste", "", {}, "empty", /empty/],
  ["no header", "随便写的一段话，没有表格。\n\t\t3.5\t≥8", {}, "no-header", /No indicator table header/],
  ["a project table", "项目名称\t总投资\t建设内容\n1\t某路\t3\t新建", {}, "project-table", /project table/],
  ["a reform table", "改革名称\t改革任务\t牵头单位\n1\t某改革\t某任务\t某局", {}, "reform-table", /reform table/],
  ["a header without years", "指标名称\t基期值\t目标值\n1\t某某率(%)\t1\t2\n", {}, "no-years", /no baseline or target year/],
  ["years out of order", "指标名称\t2025年\t2020年目标\n1\t某某率(%)\t1\t2\n", {}, "years-order", /not before its target year/],
  ["a header and nothing else", "分类\t指标名称\t2020年\t2025年 目标\n", {}, "no-rows", /no indicator row was read/],
  ["a bad id", "指标名称\t2020年\t2025年\n1\t某某率(%)\t1\t2\n", { id: "嵊泗" }, "bad-id", /template id/],
];

describe("importTable's refusals in Chinese and English", () => {
  test.each(cases)("%s → %s, English under en", (_name, text, opts, code, english) => {
    const r = importTable(text, opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.message).toMatch(/没有载入任何内容。?$/);
    expect(r.messageEn).toMatch(english);
    expect(r.messageEn).toMatch(/Nothing was loaded\.$/);
    const foreign = (r.messageEn.match(HAN_RUN) ?? []).filter((w) => !QUOTED.has(w) && !/^\d/.test(w));
    expect(foreign).toEqual([]);
    expect(formatUnread(r, "en")).toBe(r.messageEn);
    expect(formatUnread(r)).toBe(r.message);
  });

  test("the rows a no-rows refusal quotes are given in the refusal's language", () => {
    const r = importTable("序号\t指标名称\t2020年\t2025年\t属性\n1\t某某率(%)\n");
    if (r.ok) throw new Error("loaded");
    expect(r.code).toBe("no-rows");
    expect(r.message).toContain("只有指标名称");
    expect(r.messageEn).toContain("a name with no baseline or target");
  });
});
