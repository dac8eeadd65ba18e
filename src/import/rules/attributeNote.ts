import { MARK_SIGNS, markWidth } from "./footnoteMarks";

/**
 * What a note below the table says the marks on names stand for: `注：带★的为约束性指标，其余为预期性指标`,
 * `标*号的为约束性指标`, `带*的为预期性指标`. `marks`: the signs the note names (`★`, `*、★`); `marked`:
 * the attribute of a name (or a 属性 cell) carrying one, any of the marks plans use (`▲`, `★`, `*`, `※`, `#`…: footnoteMarks); `others`: that of every other indicator when the note says so
 * (`其余为预期性`, `其他指标为约束性`, `未标注的为预期性`), else null. Null when no note says such a thing.
 * The one home of this reading for nameMark and othersAttribute.
 */
export interface AttributeNote {
  marks: string;
  marked: "约束性" | "预期性";
  others: "约束性" | "预期性" | null;
  /** the note as written, for the messages */
  note: string;
  /** marks the same note gives the other attribute (`★为约束性指标，☆为预期性指标`: ☆), "" when none */
  otherMarks: string;
}

/** The attribute a mark (`▲`, `★☆`) stands for by the note: a sign of it among the note's marks, else its other marks; null when neither. */
export function markAttribute(noted: AttributeNote | null, mark: string): "约束性" | "预期性" | null {
  // `*` and `＊` are one mark (markWidth)
  const signs = [...markWidth(mark)].filter((c) => MARK_SIGNS.includes(c));
  if (noted === null || signs.length === 0) return null;
  if (signs.some((c) => markWidth(noted.marks).includes(c))) return noted.marked;
  if (noted.otherMarks !== "" && signs.some((c) => markWidth(noted.otherMarks).includes(c))) return noted.marked === "约束性" ? "预期性" : "约束性";
  return null;
}

const MARKED = /(?:标注|标记|标有|带有|[带标有])(.{1,8}?)号?的?(?:指标)?(?:为|是|属于?|表示)(约束性|预期性)/u;
/** a note that starts with the mark (`▲为约束性指标`, `★表示约束性指标`) */
const MARK_FIRST = new RegExp(`^([${MARK_SIGNS}]+)号?(?:标注|标记)?的?(?:指标)?(?:为|是|属于?|表示)(约束性|预期性)`, "u");
const OTHERS = /(?:其余|其他|其它|未标注?|不带|没有标注?)[^，,。；;]{0,6}?(?:均为|都为|均是|都是|为|是|属于?)(约束性|预期性)/u;

export function attributeNote(notes: readonly string[]): AttributeNote | null {
  // each sentence of the notes on its own (`带★的为约束性指标，其余为预期性指标；〔〕内为5年累计数。`); a line
  // break after 。；; stands for a lookbehind, which Office 2019's ES2017 webview refuses
  const sentences = notes.flatMap((n) => n.replace(/([。；;])/gu, "$1\n").split("\n")).map((l) => l.replace(/^注[:：]\s*/u, "").trim());
  for (const n of sentences) {
    const m = MARK_FIRST.exec(n) ?? MARKED.exec(n);
    const marks = m?.[1];
    const marked = m?.[2];
    if (m === null || marks === undefined || (marked !== "约束性" && marked !== "预期性")) continue;
    const rest = n.slice(m.index + m[0].length);
    const o = OTHERS.exec(rest)?.[1];
    // a second mark for the other attribute (`，☆为预期性指标`)
    const second = rest.split(/[，,、]/u).map((c) => MARK_FIRST.exec(c.trim()) ?? MARKED.exec(c)).find((x) => x !== null && x[2] !== marked);
    const otherMarks = second?.[1] ?? "";
    const others = o === "约束性" || o === "预期性" ? o : null;
    return { marks, marked, others: others === marked ? null : others, note: n.replace(/[。；;]$/u, ""), otherMarks };
  }
  return null;
}
