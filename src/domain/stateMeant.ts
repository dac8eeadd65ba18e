import { normalizeText } from "./normalizeText";
import { PROJECT_STATES, REFORM_STATES } from "./ProjectInput";

type ProjectState = (typeof PROJECT_STATES)[number];
type ReformState = (typeof REFORM_STATES)[number];

/**
 * The words staff type for a list's states, by the state they mean (evaluation-rules §4, §5, our reading). The one
 * home of these words: a project list says 已完工 where a reform list says 已完成, and staff mix them up (trial40c).
 * Words that name no state of the list (暂缓, 停工) are not here: the filer picks a state and writes why in 说明.
 */
const PROJECT_WORDS: Readonly<Record<ProjectState, readonly string[]>> = {
  未开工: ["未动工", "尚未开工", "没有开工", "未启动", "尚未启动", "未开始"],
  在建: ["在建中", "建设中", "正在建设", "施工中", "正在施工", "已开工", "开工", "续建", "推进中", "正在推进", "进行中", "实施中"],
  已完工: ["完工", "已竣工", "竣工", "已建成", "建成", "完成", "已完成"],
  已撤并: ["撤并", "已撤销", "撤销", "已取消", "取消"],
  已转型: ["转型"],
};
const REFORM_WORDS: Readonly<Record<ReformState, readonly string[]>> = {
  未启动: ["尚未启动", "没有启动", "未开始", "未开展", "尚未开展"],
  推进中: ["正在推进", "推进", "在推进", "进行中", "正在进行", "实施中", "正在实施"],
  已完成: ["完成", "已完工", "完工", "已落实", "落实"],
};

// a date typed before the word (2024.6完成, 2024年6月完成): the word is the state, the date belongs in 说明
const DATE_BEFORE = /^\d{4}(?:[.\-/年]\d{1,2}月?)?(?:底|末)?/;

/**
 * The state of a project (`kind` "projects") or reform list meant by a word typed in its state cell that is none of
 * its states (`正在推进` → 推进中, `已完成` in a project list → 已完工, `转型` → 已转型, `2024.6完成` → 已完成), or
 * null when no state is meant (`因资金未到位暂缓`). Spaces and full-width forms are read as normalizeText reads them.
 */
export function stateMeant(kind: "projects" | "reforms", typed: string): string | null {
  const word = normalizeText(typed).trim();
  const words: Readonly<Record<string, readonly string[]>> = kind === "projects" ? PROJECT_WORDS : REFORM_WORDS;
  for (const w of [word, word.replace(DATE_BEFORE, "")]) {
    for (const [state, said] of Object.entries(words)) if (w === state || said.includes(w)) return state;
  }
  return null;
}
