import { importPlanTable } from "../../src/import";
import { readTitle } from "../../src/ui/taskpane/readTitle";

/**
 * The pane's 导入 names what it read as `region · title`; where the table gives neither, the importer's stand-ins
 * (import/placeholderNames) are said in the pane's language. A project or reform list without a title showed
 * 导入的项目清单（2023—2024年） in the English pane: only the indicator table's stand-in was translated.
 */
const PROJECTS = "序号\t项目名称\t建设内容\t总投资（亿元）\t建设起止年限\t责任单位\n1\t城区学校扩建\t新建教学楼\t1.2\t2023-2024\t教育局\n";
const REFORMS = "序号\t改革事项\t改革目标\t牵头单位\t完成时限\n1\t医共体改革\t提升基层医疗\t卫健局\t2024年底\n";
const INDICATORS = "序号\t指标\t单位\t2020年\t2025年\n1\t学前教育入园率\t%\t95\t98\n";
const TITLED = "2024年嵊泗县公共服务一体化项目清单\n" + PROJECTS;

test.each<[string, string, "zh" | "en", string]>([
  ["a project list without a title, in English", PROJECTS, "en", "region not given · imported project list (2023–2024)"],
  ["a project list without a title, in Chinese", PROJECTS, "zh", "未注明地区 · 导入的项目清单（2023—2024年）"],
  ["a reform list without a title, in English", REFORMS, "en", "region not given · imported reform list (2023–2024)"],
  ["an indicator table without a title, in English", INDICATORS, "en", "region not given · imported indicator table (2020–2025)"],
  ["a list's own title is as written", TITLED, "en", "嵊泗县 · 2024年嵊泗县公共服务一体化项目清单"],
])("%s", (_d, text, lang, said) => {
  // the lists' years as the command line's --baseline-year/--target-year give them (a reform list names none);
  // the indicator table's are its columns' (a --target-year no column has is refused)
  const r = importPlanTable(text, text === INDICATORS ? {} : { baselineYear: 2023, targetYear: 2024 });
  if (!r.ok) throw new Error(r.message);
  expect(readTitle(lang, r.template)).toBe(said);
});
