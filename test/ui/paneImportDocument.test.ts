import { importPlanTable } from "../../src/import/importPlanTable";
import { applyEdits, type MetaEdit } from "../../src/ui/taskpane/importPreview";
import { applyListEdits } from "../../src/ui/taskpane/listPreview";
import { sourceText } from "../../src/templates/sourceText";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { t } from "../../src/ui/shared/i18n";

/**
 * trial39b F4: `import` asks for the plan's document with --document, but the pane's 导入 had only 标题 and 地区, so a
 * pane-only user could not name it and every return's 来源 (填报说明 C7) gave the table's title alone. The pane's
 * 规划文件名称 box is --document: read by 读取 (importPlanTable's `document`, as runImport passes it) and by 载入
 * (applyEdits / applyListEdits, typed after reading), an empty box leaving what the table gave.
 */
const TABLE = ["青川县“十四五”文化和旅游发展主要指标表", "类别\t序号\t指标\t单位\t2020年\t2025年\t属性", "文化事业\t1\t公共图书馆人均藏书量\t册\t0.85\t≥1.2\t预期性"].join("\n");
const LIST = ["2024年某县公共服务项目清单", "序号\t项目名称\t建设内容和规模\t建设地点\t总投资（亿元）\t建设起止年限\t责任单位", "1\t县人民医院迁建\t新建住院楼\t城关镇\t3.2\t2023-2025\t县卫健局"].join("\n");
const PLAN = "青川县“十四五”文化和旅游发展规划";

/** What 载入 loads from `text`: read with the boxes as they were at 读取 (`read`), loaded with them as they are at 载入 (`load`). */
function loaded(text: string, read: MetaEdit, load: MetaEdit): string {
  const r = importPlanTable(text, read);
  if (!r.ok) throw new Error(r.message);
  const t = r.template;
  const l = t.kind === "indicators" ? applyEdits(t, {}, load) : applyListEdits(t, {}, load);
  if (!l.ok) throw new Error(JSON.stringify(l.problems));
  return sourceText(l.template);
}

describe("the pane's 规划文件名称 is import's --document", () => {
  test.each<[string, string, MetaEdit, MetaEdit, string]>([
    ["typed before 读取", TABLE, { document: PLAN }, { document: PLAN }, `${PLAN} 青川县“十四五”文化和旅游发展主要指标表`],
    ["typed after 读取, before 载入", TABLE, { document: "" }, { document: ` ${PLAN} ` }, `${PLAN} 青川县“十四五”文化和旅游发展主要指标表`],
    ["left empty: the table's title alone", TABLE, { document: "" }, { document: "" }, "青川县“十四五”文化和旅游发展主要指标表"],
    ["a project list, typed after 读取", LIST, {}, { document: "某县“十四五”公共服务规划" }, "某县“十四五”公共服务规划 2024年某县公共服务项目清单"],
  ])("%s", (_why, text, read, load, source) => {
    expect(loaded(text, read, load)).toBe(source);
  });

  test.each<["zh" | "en", string]>([["zh", "规划文件名称（可选）"], ["en", "Plan document (optional)"]])("its label (%s)", (lang, label) => {
    expect(t(lang, "import.documentField")).toBe(label);
    expect(readFileSync(join(__dirname, "../../src/ui/taskpane/taskpane.html"), "utf8")).toMatch(/<label for="import-document-input" data-i18n="import.documentField">规划文件名称（可选）<\/label>/);
  });
});
