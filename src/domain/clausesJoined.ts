/**
 * Message parts joined into one text by `；` (`; ` in English), except after a part that already ends a
 * sentence (？ 。 ！ / ? ! .): there a `；` would follow a question mark (a trial read `应为 60.6？；J5：…`),
 * so the next part follows after nothing in Chinese (the full-width mark parts them) and after a space in English.
 */
export function clausesJoined(parts: readonly string[], lang: "zh" | "en"): string {
  return parts.reduce((text, part, i) => {
    if (i === 0) return part;
    const ended = lang === "zh" ? /[？。！]$/.test(text) : /[?!.]$/.test(text);
    return text + (ended ? (lang === "zh" ? "" : " ") : lang === "zh" ? "；" : "; ") + part;
  }, "");
}
