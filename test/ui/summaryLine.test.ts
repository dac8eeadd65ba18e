import { summaryLine } from "../../src/ui/shared/summaryLine";
import type { WriteOutcome } from "../../src/ui/shared/summaryActions";

type Written = Extract<WriteOutcome, { ok: true }>;
const FORMAT_ZH = "只改格式（颜色、加粗、列宽）不算改动：这样的表也会被替换；要保留，先在表中任一单元格写入内容。";
const FORMAT_EN = "A change of format alone (colour, bold, column width) is not seen as a change: such a sheet is replaced too; to keep one, type something into any of its cells first.";

/** The pane's line after 生成汇总: 已更新 over our own unchanged sheets, else 已生成 and why a sheet holding the name was left alone. */
describe("summaryLine", () => {
  it.each<[string, Written, string, string]>([
    // ended as the pane's other lines are (paneSentences; session 39: the head alone had no end mark)
    ["new, names free", { ok: true, sheets: ["汇总", "问题清单"] }, "已生成：汇总、问题清单。", "Added: 汇总, 问题清单."],
    // a change of format alone is not seen (the mark hashes values): said whenever sheets are replaced
    ["ours unchanged: replaced, and that a change of format is not seen", { ok: true, sheets: ["汇总", "问题清单"], replaced: true },
      `已更新：汇总、问题清单（替换本工具上次生成、之后未改动的表）。${FORMAT_ZH}`, `Updated: 汇总, 问题清单 (the add-in's earlier sheets, unchanged since, replaced). ${FORMAT_EN}`],
    ["ours replaced, the set's 汇总范围 no longer needed: said dropped", { ok: true, sheets: ["汇总", "问题清单"], replaced: true, dropped: ["汇总范围"] },
      `已更新：汇总、问题清单（替换本工具上次生成、之后未改动的表）。上次同批生成的「汇总范围」这次用不上（之后未改动），已一并删除。${FORMAT_ZH}`,
      `Updated: 汇总, 问题清单 (the add-in's earlier sheets, unchanged since, replaced). Removed "汇总范围", made with them last time, unchanged since and not needed this time. ${FORMAT_EN}`],
    ["ours edited: new sheets, why", { ok: true, sheets: ["汇总(2)", "问题清单(2)"], kept: [{ sheet: "汇总", why: "edited" }, { sheet: "问题清单", why: "edited" }] },
      "已生成：汇总(2)、问题清单(2)。原有的「汇总」、「问题清单」生成后已有改动，保留原样、未覆盖。",
      "Added: 汇总(2), 问题清单(2). Kept as they are, not overwritten (changed since the add-in made them): \"汇总\", \"问题清单\"."],
    // 问题清单 itself unchanged: its own reason, not "changed since" (until session 33 both read as edited)
    ["汇总 edited, 问题清单 unchanged: each kept sheet named with its own reason", { ok: true, sheets: ["汇总(2)", "问题清单(2)", "汇总范围(2)"],
      kept: [{ sheet: "汇总", why: "edited" }, { sheet: "问题清单", why: "with_edited" }, { sheet: "汇总范围", why: "with_edited" }] },
      "已生成：汇总(2)、问题清单(2)、汇总范围(2)。原有的「汇总」生成后已有改动，保留原样、未覆盖。原有的「问题清单」、「汇总范围」本身未改动，但同批生成的表之后改了内容、被复制或删除，一并保留、未覆盖。",
      "Added: 汇总(2), 问题清单(2), 汇总范围(2). Kept as it is, not overwritten (changed since the add-in made it): \"汇总\". Kept as they are, not overwritten (unchanged, but made together with a sheet changed, copied or deleted since): \"问题清单\", \"汇总范围\"."],
    ["a person's own 汇总: new sheets, why", { ok: true, sheets: ["汇总(2)", "问题清单(2)"], kept: [{ sheet: "汇总", why: "not_ours" }] },
      "已生成：汇总(2)、问题清单(2)。原有的「汇总」不是本工具生成的，保留原样、未覆盖。",
      "Added: 汇总(2), 问题清单(2). Kept as it is, not overwritten (not made by the add-in): \"汇总\"."],
    ["one sheet replaced (评估): said in the singular, and that a change of format is not seen", { ok: true, sheets: ["评估"], replaced: true },
      `已更新：评估（替换本工具上次生成、之后未改动的表）。${FORMAT_ZH}`, `Updated: 评估 (the add-in's earlier sheet, unchanged since, replaced). ${FORMAT_EN}`],
  ])("%s", (_n, out, zh, en) => {
    expect(summaryLine(out, "zh")).toBe(zh);
    expect(summaryLine(out, "en")).toBe(en);
  });
});
