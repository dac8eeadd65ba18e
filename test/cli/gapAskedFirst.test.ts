/**
 * trial37c F5, end to end: a 2024 return whose 2023 value of a cumulative row is still blank (rollover asked the unit to
 * fill it) lags with 2023 counted as 0, and `check` asked only for a 说明. Now it asks for 2023's value first, on that
 * year's cell, and the 说明 after it; a lag with every year filled is asked for its 说明 as before. On the old code the
 * blank year was only 「累计目标：2023 年未填报，按 0 计入累计」.
 */
import { returnFile, run, years } from "../support/trialReturn";

/** r02 新增水利工程投资（累计）[12] 亿元 over 2021–2025: 2.4 a year is on pace; 2023 blank or 0.5 makes 2024 lag. */
const GAP = [...years("r02", 2.4, 2.4, null, 2.4)];
const FILLED_LAG = [...years("r02", 2.4, 2.4, 0.5, 2.4)];
/** 2021 and 2022 blank: said once, the years together (trial40 F6: one warning a year, before the row's real problem). */
const TWO_GAPS = [...years("r02", null, null, 2.4, 2.4)];

let gap = "";
let filled = "";
let twoGaps = "";
beforeAll(async () => {
  gap = await returnFile(GAP);
  filled = await returnFile(FILLED_LAG);
  twoGaps = await returnFile(TWO_GAPS);
}, 120000);

describe("a lag a blank earlier year takes part in asks for that year's value first", () => {
  test.each<[string, () => string, string[], RegExp[], RegExp[]]>([
    ["zh, 2023 blank", () => gap, [], [/2023 年的数值未填：请先补填（累计指标按 0 计入，本行的滞后可能因此而来）/, /滞后指标须填写说明（先补填 2023 年的数值，补填后仍滞后的再写说明）/], []],
    ["en, 2023 blank", () => gap, ["--lang", "en"], [/no value for 2023: please fill it in first/, /fill in the values of 2023 first; explain it if it still lags then/], []],
    ["zh, every year filled", () => filled, [], [/滞后指标须填写说明/], [/请先补填/, /先补填/]],
    ["zh, 2021 and 2022 blank: once, together", () => twoGaps, [], [/2021—2022 年的数值未填：请先补填/, /先补填 2021—2022 年的数值/], [/：2021 年的数值未填/, /：2022 年的数值未填/]],
    ["en, 2021 and 2022 blank: once, together", () => twoGaps, ["--lang", "en"], [/no value for 2021–2022: please fill them in first/, /fill in the values of 2021–2022 first/], [/no value for 2021:/, /no value for 2022:/]],
  ])("%s", async (_n, file, lang, says, never) => {
    const out = await run("check", file(), ...lang);
    for (const s of says) expect(out).toMatch(s);
    for (const n of never) expect(out).not.toMatch(n);
  });

  test("--json gives the row one cumulative_gap, on 2021's cell, with the message check prints", async () => {
    const items = (JSON.parse(await run("check", twoGaps, "--json")) as { items: Array<{ id: string; issues: Array<{ code: string; cell: string; message: string }> }> }).items;
    const gaps = items.find((i) => i.id === "r02")?.issues.filter((x) => x.code === "cumulative_gap") ?? [];
    expect(gaps.map((x) => x.message)).toEqual([expect.stringMatching(/2021—2022 年的数值未填：请先补填/)]);
  });
});
