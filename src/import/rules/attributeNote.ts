/**
 * What a note below the table says the marks on names stand for: `注：带★的为约束性指标，其余为预期性指标`,
 * `标*号的为约束性指标`, `带*的为预期性指标`. `marks`: the signs the note names (`★`, `*、★`); `marked`:
 * the attribute of a name carrying one; `others`: that of every other indicator when the note says so
 * (`其余为预期性`, `其他指标为约束性`, `未标注的为预期性`), else null. Null when no note says such a thing.
 * The one home of this reading for nameMark and othersAttribute.
 */
export interface AttributeNote {
  marks: string;
  marked: "约束性" | "预期性";
  others: "约束性" | "预期性" | null;
  /** the note as written, for the messages */
  note: string;
}

const MARKED = /[带标有](.{1,8}?)号?的?(?:指标)?(?:为|是|属于?)(约束性|预期性)/u;
const OTHERS = /(?:其余|其他|其它|未标注?|不带|没有标注?)[^，,。；;]{0,6}?(?:均为|都为|均是|都是|为|是|属于?)(约束性|预期性)/u;

export function attributeNote(notes: readonly string[]): AttributeNote | null {
  // each sentence of the notes on its own (`带★的为约束性指标，其余为预期性指标；〔〕内为5年累计数。`); a line
  // break after 。；; stands for a lookbehind, which Office 2019's ES2017 webview refuses
  const sentences = notes.flatMap((n) => n.replace(/([。；;])/gu, "$1\n").split("\n")).map((l) => l.replace(/^注[:：]\s*/u, "").trim());
  for (const n of sentences) {
    const m = MARKED.exec(n);
    const marks = m?.[1];
    const marked = m?.[2];
    if (m === null || marks === undefined || (marked !== "约束性" && marked !== "预期性")) continue;
    const o = OTHERS.exec(n.slice(m.index + m[0].length))?.[1];
    const others = o === "约束性" || o === "预期性" ? o : null;
    return { marks, marked, others: others === marked ? null : others, note: n.replace(/[。；;]$/u, "") };
  }
  return null;
}
