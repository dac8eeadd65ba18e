/**
 * Normalises text as plans and users write it: full-width digits, signs and brackets
 * become ASCII, and every kind of whitespace (spaces, U+3000, newlines, NBSP) is removed,
 * because PDF extraction scatters spaces through numbers and words.
 */
const FULL_WIDTH: Record<string, string> = {
  "．": ".", "，": ",", "％": "%", "＋": "+", "－": "-", "＞": ">", "＜": "<", "＝": "=",
  "／": "/", "［": "[", "］": "]", "（": "(", "）": ")", "～": "~", "−": "-",
};

/** Every kind of space, as a regular expression's character class body: whitespace, NBSP, U+3000, a zero-width space and a BOM. */
export const SPACES = "\\s\\u00a0\\u3000\\u200b\\ufeff";
const SPACE_RUNS = new RegExp(`[${SPACES}]+`, "g");
// what normalizeText changes; most texts hold none of it and come back as they are
const CHANGES = new RegExp(`[\\uff10-\\uff19${Object.keys(FULL_WIDTH).join("")}${SPACES}]`);

export function normalizeText(text: string): string {
  if (!CHANGES.test(text)) return text;
  return halfWidth(text).replace(SPACE_RUNS, "");
}

// the full-width characters halfWidth folds
const FOLDED = new RegExp(`[\\uff10-\\uff19${Object.keys(FULL_WIDTH).join("")}]`);

/**
 * The text with its full-width digits, signs and brackets as ASCII (`１２．５` → `12.5`, `（３）` → `(3)`), one
 * character for one (so a place in it is the same place in the text),
 * spaces kept: for a reader that still splits on spaces (a 序号 before its name, `１ 名称`). normalizeText
 * is this and the spaces removed.
 */
export function halfWidth(text: string): string {
  if (!FOLDED.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else out += FULL_WIDTH[ch] ?? ch;
  }
  return out;
}
