import { importTable } from "../../../src/import";

/**
 * compoundTarget (trial32p): `港口货物吞吐量 | 万吨 | 5200 | 6500/7000` imported without a line, while check then said
 * 待人工评估 (目标「6500/7000」含多个分项) every year. A compound target the name lists no parts for is said, as a target in
 * words is (target-words), with what to do; a row compoundSplit splits (its parts named) is not said again.
 */
const HEAD = "表1 某县“十五五”交通运输发展主要指标\n序号\t指标\t单位\t2025年\t2030年\t属性";

describe("compoundTarget", () => {
  test.each<[string, string, string[] | null]>([
    ["the trial's row (two parts, no parts in the name)", "4\t港口货物吞吐量\t万吨\t5200\t6500/7000\t预期性", ["6500", "7000"]],
    ["a full-width ／ and three parts", "1\t某某覆盖率\t%\t90\t95／96／97\t预期性", ["95", "96", "97"]],
    ["a compound baseline too, the name without parts", "1\t城乡低保标准\t元\t500/400\t600/500\t预期性", ["600", "500"]],
    ["the parts named by /: split, not said", "1\t学前教育毛入园率/普惠性幼儿园覆盖率\t%\t90/80\t95/85\t预期性", null],
    ["the parts named by 、: split, not said", "1\t城市低保标准、农村低保标准增长率\t%\t5/6\t6/7\t预期性", null],
    ["one number", "1\t港口货物吞吐量\t万吨\t5200\t6500\t预期性", null],
    ["a / with words is words (target-words)", "1\t港口货物吞吐量\t万吨\t5200\t6500/力争7000\t预期性", null],
  ])("%s", (_d, row, parts) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    const said = r.unread.filter((u) => u.code === "target-compound");
    expect(said).toHaveLength(parts === null ? 0 : 1);
    if (parts === null) return;
    expect(said[0]?.params).toEqual({ target: row.split("\t")[4], parts });
    expect(said[0]?.effect).toBe("to-check");
    expect(said[0]?.reason).toContain(`含 ${parts.length} 个分项（${parts.join("、")}）`);
    expect(said[0]?.reason).toContain("每年的状态为待人工评估，填报的数值不按它核对");
    expect(said[0]?.reason).toContain(`把本行拆成 ${parts.length} 行`);
    expect(said[0]?.reasonEn).toContain("each year is manual");
    expect(said[0]?.reasonEn).toContain(`split the row into ${parts.length} rows`);
    // said once, not as words as well; the target kept as written (the engine's compound, 待人工评估)
    expect(r.unread.filter((u) => u.code === "target-words")).toHaveLength(0);
    expect(r.template.kind === "indicators" ? r.template.indicators[0]?.target : undefined).toBe(row.split("\t")[4]);
  });

  test("the trial's table: both the compound and 达到5A级 are to check", () => {
    const r = importTable([HEAD, "1\t公路总里程\t公里\t1280\t≥1400\t预期性", "4\t港口货物吞吐量\t万吨\t5200\t6500/7000\t预期性",
      "6\t城乡客运一体化发展水平\t\t4A\t达到5A级\t预期性"].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.filter((u) => u.effect === "to-check").map((u) => u.code)).toEqual(expect.arrayContaining(["target-compound", "target-words"]));
  });
});
