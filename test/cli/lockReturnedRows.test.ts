/**
 * trJ item 3: lock's refusal for 退回修改 in force names the rows of the 审核 sheet, as its 待复核
 * refusal does (the first three, 等 / … when there are more), so the reviewer finds them.
 */
import { cli } from "../support/cli";
import { at, decide, KEY, returnFile, run, years } from "../support/trialReturn";

const CLEAN = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586), at("r13", "assess", "已达标")];
const BACK = { decision: "退回修改", reviewer: "王审核" };

describe("lock names the rows whose 退回修改 holds (trJ item 3)", () => {
  test.each<[string, string[], "zh" | "en", RegExp]>([
    // trial41e F6: each row named with its indicator and the way forward, in review's words (not 请先复核或改正)
    ["one row", ["r06"], "zh", /：审核表「审核」中有 1 条“退回修改”仍然有效（第 9 行 农田灌溉水有效利用系数），未锁定；请将本填报退回填报单位改正这些行；收到重新报送的文件后运行 plan-returns review "重新报送的文件" --replaces \S+ 复核$/],
    ["two rows", ["r01", "r06"], "zh", /：审核表「审核」中有 2 条“退回修改”仍然有效（第 4 行 [^、]+、第 9 行 农田灌溉水有效利用系数），未锁定；/],
    ["four rows: all named (lock names ten)", ["r01", "r02", "r03", "r06"], "zh", /：审核表「审核」中有 4 条“退回修改”仍然有效（第 4 行 [^、]+、第 5 行 [^、]+、第 6 行 [^、]+、第 9 行 [^、]+），未锁定；/],
    ["four rows, in English", ["r01", "r02", "r03", "r06"], "en", /still hold \(row 4 [^;]+; row 5 [^;]+; row 6 [^;]+; row 9 [^;)]+\), not locked; /],
    ["two rows, in English", ["r01", "r06"], "en", /: 2 退回修改 \(send back\) decisions on the review sheet "审核" still hold \(row 4 [^;]+; row 9 农田灌溉水有效利用系数\), not locked; send the return back to its unit to correct them; /],
    ["one row, in English", ["r06"], "en", /still holds \(row 9 农田灌溉水有效利用系数\), not locked; send the return back to its unit to correct it; once the corrected file comes back, run plan-returns review "the file sent again" --replaces \S+ to review it again$/],
  ])("%s", async (_, ids, lang, says) => {
    const f = await returnFile(CLEAN);
    await run("review", f);
    await decide(f, Object.fromEntries(ids.map((id) => [KEY(id), BACK])));
    const r = await cli("lock", f, "--lang", lang);
    expect([r.code, r.out]).toEqual([5, ""]);
    // the first line: (trial31) what it would lock all the same but say follows
    expect(r.err.trim().split("\n")[0]).toMatch(says);
  }, 60000);
});
