import * as fs from "fs";
import * as path from "path";
import { importTable } from "../../src/import";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";
import { applyEdits, previewRows, splitUnread, type Edits } from "../../src/ui/importPreview";

const TABLES = path.join(__dirname, "../fixtures/tables");
const read = (file: string): string => fs.readFileSync(path.join(TABLES, file), "utf8");

function imported(file: string): { template: IndicatorTemplate; unread: ReturnType<typeof splitUnread> } {
  const r = importTable(read(file));
  if (!r.ok) throw new Error(r.message);
  return { template: r.template, unread: splitUnread(r.unread) };
}

describe("previewRows and splitUnread on the fixture tables", () => {
  it.each([
    // file, rows, 未载入, 请核对, first row's [序号, 领域, 名称, 单位, 基期值, 目标], yearly targets shown
    ["shengsi-2023-2027.txt", 20, 1, 0, ["1", "幼有善育", "每千人口拥有3岁以下婴幼儿托位数(个)", "个", "3.0", "5.5"], "2023：3.8；2024：4.0；2025：4.5；2026：5；2027：5.5"],
    ["quzhou-2021-2025.txt", 54, 0, 3, null, ""],
    ["zhoushan-2016-2020.txt", 29, 0, 1, null, ""],
    ["zhoushan-2021-2025.txt", 48, 0, 0, null, ""],
  ] as const)("%s: %i rows, %i not loaded, %i to check", (file, rows, notLoaded, toCheck, first, yearly) => {
    const { template, unread } = imported(file);
    const preview = previewRows(template);
    expect(preview).toHaveLength(rows);
    expect(unread.notLoaded).toHaveLength(notLoaded);
    expect(unread.toCheck).toHaveLength(toCheck);
    unread.notLoaded.forEach((u) => expect(u.reason).toMatch(/未载入$/));
    unread.toCheck.forEach((u) => expect(u.reason).toMatch(/已载入，请核对$/));
    const p0 = preview[0];
    if (first) expect([p0?.number, p0?.domain, p0?.name, p0?.unit, p0?.baseline, p0?.target]).toEqual(first);
    expect(p0?.yearly).toBe(yearly);
    expect(preview.map((p) => p.id)).toEqual(template.indicators.map((d) => d.id));
  });

  it("names the 嵊泗 row it could not read (line 17, 完成市下达的任务指标)", () => {
    const { unread } = imported("shengsi-2023-2027.txt");
    expect(unread.notLoaded[0]?.line).toBe(17);
    expect(unread.notLoaded[0]?.text).toContain("完成市下达的任务指标");
    expect(unread.notLoaded[0]?.shown).toBe("14 | 基本养老保险参保人数(人) | 完成市下达的任务指标");
  });

  it("shows the part of a split row (衢州 困难残疾人生活补贴)", () => {
    const parts = previewRows(imported("quzhou-2021-2025.txt").template).filter((p) => p.part !== "");
    expect(parts.map((p) => p.part)).toEqual(["困难残疾人生活补贴", "重度残疾人护理补贴"]);
  });
});

describe("applyEdits", () => {
  const shengsi = imported("shengsi-2023-2027.txt").template;
  const quzhou = imported("quzhou-2021-2025.txt").template;

  it.each<[string, IndicatorTemplate, Edits, (t: IndicatorTemplate) => void]>([
    ["no edits: the same indicators", shengsi, {}, (t) => expect(t.indicators).toEqual(shengsi.indicators)],
    ["all fields as read: unchanged", shengsi, { r01: { drop: false, name: "每千人口拥有3岁以下婴幼儿托位数(个)", unit: "个", baseline: "3.0", target: "5.5" } },
      (t) => expect(t.indicators).toEqual(shengsi.indicators)],
    ["drop one row", shengsi, { r05: { drop: true } }, (t) => {
      expect(t.indicators).toHaveLength(19);
      expect(t.indicators.map((d) => d.id)).not.toContain("r05");
    }],
    ["a target edited: targetKind recomputed, the target-year column too", shengsi, { r07: { target: "≤4.5" } }, (t) => {
      const d = t.indicators.find((x) => x.id === "r07");
      expect(d?.target).toBe("≤4.5");
      expect(d?.targetKind).toBe("ceiling");
      expect(d?.yearlyTargets?.["2027"]).toBe("≤4.5");
      expect(d?.yearlyTargets?.["2026"]).toBe("<5");
    }],
    ["a target edited to text", shengsi, { r01: { target: "  达到全省平均水平 " } }, (t) => {
      expect(t.indicators[0]?.target).toBe("达到全省平均水平");
      expect(t.indicators[0]?.targetKind).toBe("text");
    }],
    ["a percent target 96% reads as a point on a % row", shengsi, { r08: { target: "96%" } }, (t) => {
      expect(t.indicators.find((x) => x.id === "r08")?.targetKind).toBe("point");
    }],
    ["the unit edited", shengsi, { r09: { unit: "万人" } }, (t) => expect(t.indicators.find((x) => x.id === "r09")?.unit).toBe("万人")],
    ["the name edited: the unit follows the name's brackets", shengsi, { r13: { name: "每万老年人口拥有持证养老护理员数(名)" } }, (t) => {
      const d = t.indicators.find((x) => x.id === "r13");
      expect(d?.name).toBe("每万老年人口拥有持证养老护理员数(名)");
      expect(d?.unit).toBe("名");
    }],
    ["the name and unit edited: the edited unit wins", shengsi, { r13: { name: "护理员数(名)", unit: "人" } }, (t) => {
      expect(t.indicators.find((x) => x.id === "r13")?.unit).toBe("人");
    }],
    ["the baseline edited", quzhou, { [quzhou.indicators[0]?.id ?? ""]: { baseline: "1.5" } }, (t) => expect(t.indicators[0]?.baseline).toBe("1.5")],
    ["title and region", shengsi, {}, (t) => {
      expect(t.title).toBe("测试标题");
      expect(t.region).toBe("嵊泗县");
    }],
    ["an unknown id is ignored", shengsi, { nope: { drop: true } }, (t) => expect(t.indicators).toHaveLength(20)],
  ])("%s", (_name, template, edits, check) => {
    const before = JSON.stringify(template);
    const r = applyEdits(template, edits, _name === "title and region" ? { title: " 测试标题 ", region: "" } : {});
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    check(r.template);
    expect(JSON.stringify(template)).toBe(before); // the input is not changed
  });

  it("counts drops and changes", () => {
    const r = applyEdits(shengsi, { r01: { drop: true }, r02: { target: "99" }, r03: { name: "0—3岁儿童发育监测筛查率(%)" } });
    expect(r.ok && [r.dropped, r.changed]).toEqual([1, 1]);
  });

  it.each<[string, Edits, Array<{ path: string; message: string; number?: string }>]>([
    ["an emptied name", { r03: { name: "  " } }, [{ path: "$.indicators[2].name", message: "must not be empty", number: "3" }]],
    ["every row dropped", Object.fromEntries(shengsi.indicators.map((d) => [d.id, { drop: true }])), [{ path: "$.indicators", message: "at least one indicator" }]],
    ["a dropped row before the empty name shifts its path", { r01: { drop: true }, r03: { name: "" } }, [{ path: "$.indicators[1].name", message: "must not be empty", number: "3" }]],
  ])("refuses %s with the JSON path", (_name, edits, problems) => {
    const r = applyEdits(shengsi, edits);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual(problems);
  });
});
