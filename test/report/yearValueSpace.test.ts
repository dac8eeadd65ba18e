import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * trial35 T6: the 分领域 line wrote "2022 年AAA级" but "2022 年 3.3%": text that starts with Latin letters or digits is
 * set apart from 年 by a space as a figure is; Chinese words and a mark typed alone are not (2023 年继续保持, 2023 年填“/”).
 */
const row = (value: string, target = "创成AAAAA级"): RowFacts => ({ name: "旅游景区等级", attribute: "预期性", unit: "", baseline: "AAAA级", target, values: { 2023: value } });

describe("the space between the year and the value in the 分领域 line", () => {
  test.each([
    ["Latin letters", row("AAA级"), "2023 年 AAA级"],
    ["Latin capitals with a figure in them", row("PM2.5达标"), "2023 年 PM2.5达标"],
    ["lower-case Latin letters", row("a级"), "2023 年 a级"],
    ["a digit first: as before", row("5A级"), "2023 年 5A级"],
    ["Chinese words: none, as before", row("继续保持"), "2023 年继续保持"],
    ["a mark typed alone: none, as before", row("/", "—"), "2023 年填“/”"],
  ] as const)("%s", async (_why, facts, said) => {
    const c = combineEvaluations([returnOf("城关镇", [facts], 2023)]);
    if (!c.ok) throw new Error("not combined");
    const text = await docxText(c.report);
    expect(text).toContain(said);
  });
});
