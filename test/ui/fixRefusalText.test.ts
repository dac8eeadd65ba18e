import { fixRefusalText } from "../../src/ui/shared/fixRefusalText";
import type { FixRefusal } from "../../src/ui/shared/FixesRefused";

// trial41d F9: a cell emptied since 校验 read 「现在是「」」 in the refusal, where the confirm dialog writes （空）: one
// wording for an empty cell (shownValue), text still quoted
describe("fixRefusalText: a changed cell's values as the confirm dialog shows them", () => {
  const changed = (from: string, now: string): FixRefusal => ({ sheet: "舟山市表2", cell: "N13", reason: "changed", from, now, to: "82.6" });
  it.each([
    ["zh", "８２．６", "", "舟山市表2!N13：校验时为「８２．６」，现在是（空）："],
    ["en", "８２．６", "", "舟山市表2!N13: it held \"８２．６\" when checked and holds (empty) now:"],
    ["zh", "0.8", "66", "舟山市表2!N13：校验时为「0.8」，现在是「66」："],
    ["en", "", "66", "舟山市表2!N13: it held (empty) when checked and holds \"66\" now:"],
  ] as const)("%s: %j → %j", (lang, from, now, start) => {
    expect(fixRefusalText(changed(from, now), lang, true).startsWith(start)).toBe(true);
  });
});
