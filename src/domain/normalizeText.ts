/**
 * Normalises text as plans and users write it: full-width digits, signs and brackets
 * become ASCII, and every kind of whitespace (spaces, U+3000, newlines, NBSP) is removed,
 * because PDF extraction scatters spaces through numbers and words.
 */
const FULL_WIDTH: Record<string, string> = {
  "．": ".", "，": ",", "％": "%", "＋": "+", "－": "-", "＞": ">", "＜": "<", "＝": "=",
  "／": "/", "［": "[", "］": "]", "（": "(", "）": ")", "～": "~", "−": "-",
};

export function normalizeText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else out += FULL_WIDTH[ch] ?? ch;
  }
  return out.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, "");
}
