import { summaryLine } from "../../src/ui/shared/summaryLine";
import type { WriteOutcome } from "../../src/ui/shared/summaryActions";

type Written = Extract<WriteOutcome, { ok: true }>;

/** The pane's line after 生成汇总: 已更新 over our own unchanged sheets, else 已生成 and why a sheet holding the name was left alone. */
describe("summaryLine", () => {
  it.each<[string, Written, string, string]>([
    ["new, names free", { ok: true, sheets: ["汇总", "问题清单"] }, "已生成：汇总、问题清单", "Added: 汇总, 问题清单"],
    ["ours unchanged: replaced", { ok: true, sheets: ["汇总", "问题清单"], replaced: true },
      "已更新：汇总、问题清单（替换本工具上次生成、之后未改动的表）", "Updated: 汇总, 问题清单 (the add-in's earlier sheets, unchanged since, replaced)"],
    ["ours edited: new sheets, why", { ok: true, sheets: ["汇总(2)", "问题清单(2)"], kept: [{ sheet: "汇总", why: "edited" }, { sheet: "问题清单", why: "edited" }] },
      "已生成：汇总(2)、问题清单(2)。原有的「汇总」、「问题清单」生成后已有改动，保留原样、未覆盖。",
      "Added: 汇总(2), 问题清单(2). Kept as they are, not overwritten (changed since the add-in made them): \"汇总\", \"问题清单\"."],
    ["a person's own 汇总: new sheets, why", { ok: true, sheets: ["汇总(2)", "问题清单(2)"], kept: [{ sheet: "汇总", why: "not_ours" }] },
      "已生成：汇总(2)、问题清单(2)。原有的「汇总」不是本工具生成的，保留原样、未覆盖。",
      "Added: 汇总(2), 问题清单(2). Kept as it is, not overwritten (not made by the add-in): \"汇总\"."],
    ["one sheet replaced (评估): said in the singular", { ok: true, sheets: ["评估"], replaced: true },
      "已更新：评估（替换本工具上次生成、之后未改动的表）", "Updated: 评估 (the add-in's earlier sheet, unchanged since, replaced)"],
  ])("%s", (_n, out, zh, en) => {
    expect(summaryLine(out, "zh")).toBe(zh);
    expect(summaryLine(out, "en")).toBe(en);
  });
});
