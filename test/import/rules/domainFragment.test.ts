import { domainFragment } from "../../../src/import/rules/domainFragment";
import { HEAD, lastLineThrough } from "./harness";

describe("domainFragment: a piece of a domain name on a line of its own waits for its row", () => {
  test.each<[string, string, string, string[]]>([
    ["two characters", "幼儿", "taken", ["幼儿"]],
    ["with a space", "照护 服务", "taken", ["照护服务"]],
    ["too long", "这是一段很长的说明文字不是领域", "pass", []],
    ["not at the left edge", "\t幼儿", "pass", []],
    ["with digits", "2025年", "pass", []],
  ])("%s", (_d, line, outcome, pending) => {
    const r = lastLineThrough(domainFragment, [...HEAD, "1\t甲率(%)\t1\t2\t约束性", line]);
    expect(r.outcome).toBe(outcome);
    expect(r.reading.pending.map((p) => p.text)).toEqual(pending);
  });
});
