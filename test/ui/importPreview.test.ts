import * as fs from "fs";
import * as path from "path";
import { importTable } from "../../src/import";
import { unreadCells } from "../../src/import/unreadMessages";
import type { IndicatorTemplate, Template } from "../../src/templates/TemplateSchema";
import { applyEdits, directionChoiceAfter, directionText, editedDirection, editedFields, previewChanges, previewRows, splitUnread, unreadStates, yearlyText, type Edits, type RowEdit, type UnreadShown } from "../../src/ui/taskpane/importPreview";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { planLoad, workbookState } from "../../src/ui/shared/planLoad";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createWorkbook } = require("./fakeOffice.js") as { createWorkbook: () => { actions: OfficeActions; set: (s: string, c: string, v: unknown) => void } };

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
    // to check: 全覆盖 (target-words) and row 20's "/" (target-none) say what the engine will make of them (trial27c);
    // in every table, one line lists the rows read up from their numbers alone (direction-series-up, trial40b F17)
    ["shengsi-2023-2027.txt", 20, 1, 5, ["1", "幼有善育", "每千人口拥有3岁以下婴幼儿托位数(个)", "个", "3.0", "5.5"], "2023：3.8；2024：4.0；2025：4.5；2026：5；2027：5.5"],  // to check: 长期护理保险覆盖人数 / until 2027 (yearly-no-target); 2022年 taken as the baseline (baseline-year-column)
    // 4th: 城镇调查失业率 5.5左右 (target-approximate-direction); 传染病收治能力 1.72 → 1.5 is keep by 能力, no longer read down by its numbers (direction-from-series)
    // 5th: 保持全省领先 is a target in words (target-words, trial27c)
    ["quzhou-2021-2025.txt", 54, 0, 8, null, ""], // session 44: 城乡居民收入比 (比) and 城镇老旧小区改造个数 (个) take their units from their names, said at import (unit-inferred)
    // the 完成情况 column kept as results (column-results); 城市公共交通服务指数 (用户满意度指数) 82.06 → 80 is keep by 满意度, no
    // longer read down by its numbers alone (direction-from-series, session 30)
    ["zhoushan-2016-2020.txt", 29, 0, 5, null, ""], // session 37: 每千人医疗床位数 has no unit in its name, said at import (unit-none); session 44: 基本医疗保险参保率 takes % from its name (unit-inferred)
    ["zhoushan-2021-2025.txt", 48, 0, 2, null, ""], // PM _{2.5} read as PM2.5, said
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
    expect(p0 ? yearlyText(p0, "zh") : "").toBe(yearly && `逐年目标：${yearly}`);
    expect(preview.map((p) => p.id)).toEqual(template.indicators.map((d) => d.id));
  });

  // an English reader sees English punctuation; the targets keep the plan's own text (≥96%, 5左右)
  it.each([
    ["zh", "逐年目标：2023：3.8；2024：4.0；2025：4.5；2026：5；2027：5.5"],
    ["en", "Yearly targets: 2023: 3.8; 2024: 4.0; 2025: 4.5; 2026: 5; 2027: 5.5"],
  ] as const)("the yearly targets' line under a row, in %s", (lang, line) => {
    const p0 = previewRows(imported("shengsi-2023-2027.txt").template)[0];
    if (!p0) throw new Error("no rows");
    expect(yearlyText(p0, lang)).toBe(line);
    expect(yearlyText({ ...p0, yearly: [] }, lang)).toBe("");
  });

  it("names the 嵊泗 row it could not read (line 17, 完成市下达的任务指标)", () => {
    const { unread } = imported("shengsi-2023-2027.txt");
    expect(unread.notLoaded[0]?.line).toBe(17);
    expect(unread.notLoaded[0]?.text).toContain("完成市下达的任务指标");
    expect(unreadCells(unread.notLoaded[0]?.text ?? "")).toBe("（空） | 14 | 基本养老保险参保人数(人) | 完成市下达的任务指标"); // its 领域 cell is empty (carried down)
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

/** A made-up health table (not a seed): one row for each rule of evaluation-rules §3a. */
const HEALTH = [
  "某某县“十四五”卫生健康发展主要指标",
  "序号\t指标名称\t2020年\t2025年\t属性",
  "1\t孕产妇死亡率(1/10万)\t8\t<10\t约束性",
  "2\t婴儿死亡率(‰)\t3.5\t3\t预期性",
  "3\t每千人口床位数(张)\t5.2\t6\t预期性",
  "4\t居民健康素养水平(%)\t22\t30\t预期性",
  "5\t人均预期寿命(岁)\t80\t80.5左右\t预期性",
  "6\t个人卫生支出占卫生总费用比例(%)\t27\t26\t预期性",
  "7\t家庭医生签约服务重点人群覆盖率(%)\t75\t≥80\t约束性",
  "8\t健康县城建设(个)\t1\t1\t预期性",
  "9\t医疗服务水平\t—\t保持全省领先\t预期性",
  "10\t传染病报告及时率(%)\t99\t≥98\t预期性",
].join("\n");

function health(): IndicatorTemplate {
  const r = importTable(HEALTH);
  if (!r.ok) throw new Error(r.message);
  return r.template;
}

describe("方向 in the preview: the direction §3a decides and the rule that decided it", () => {
  const rows = previewRows(health());

  it.each([
    // id, the template's own direction, 方向 (zh), 方向 (en)
    ["r01", "down", "↓越低越好（按运算符）", "↓ lower is better (by operator)"], // the importer wrote < as down
    ["r02", "", "↓越低越好（按名称：死亡率）", "↓ lower is better (by name: 死亡率)"], // 3 below 3.5, but the name decides first
    ["r03", "", "↑越高越好（按名称：床位）", "↑ higher is better (by name: 床位)"],
    ["r04", "", "↑越高越好（按基期与目标）", "↑ higher is better (baseline vs target)"],
    ["r05", "", "≈接近目标", "≈ near the target"], // judged by distance, whatever the direction
    ["r06", "", "↓越低越好（按基期与目标）", "↓ lower is better (baseline vs target)"],
    ["r07", "up", "↑越高越好（按运算符）", "↑ higher is better (by operator)"],
    ["r08", "", "保持（按基期与目标）", "keep (baseline vs target)"],
    ["r09", "", "—", "—"], // qualitative: no direction
    ["r10", "up", "↑越高越好（按运算符）", "↑ higher is better (by operator)"], // ≥98 below a baseline of 99 is still a floor
  ])("%s: own %j, shown %s", (id, own, zh, en) => {
    const row = rows.find((r) => r.id === id);
    expect(row?.direction).toBe(own);
    expect(row && directionText(row.decided, "zh")).toBe(zh);
    expect(row && directionText(row.decided, "en")).toBe(en);
  });

  // §3a, our readings (trial29a F3, F4): the plan's stated fall in the row's note, and a yearly plan's works volume
  it.each<[string, Partial<IndicatorTemplate>, string, string, string]>([
    ["a 累计 column's negative value in the note", { indicators: health().indicators.map((d) => (d.id === "r06" ? { ...d, note: "累计：〔-1〕" } : d)) }, "r06", "↓越低越好（按规划所列变化：累计 〔-1〕）", "↓ lower is better (by the plan's stated change: 累计 〔-1〕)"],
    ["a yearly plan's works volume below last year's", { baselineYear: 2023, targetYear: 2024, indicators: health().indicators.map((d) => (d.id === "r08" ? { ...d, baseline: "3", target: "2" } : d)) }, "r08", "保持（按名称：建设）", "keep (by name: 建设)"],
  ])("%s", (_why, change, id, zh, en) => {
    const row = previewRows({ ...health(), ...change } as IndicatorTemplate).find((r) => r.id === id);
    expect(row && directionText(row.decided, "zh")).toBe(zh);
    expect(row && directionText(row.decided, "en")).toBe(en);
  });

  it("a direction set in a template by hand (not the operator's) says so", () => {
    const t = health();
    const custom = { ...t, indicators: t.indicators.map((d) => (d.id === "r04" ? { ...d, direction: "down" as const } : d)) };
    const row = previewRows(custom).find((r) => r.id === "r04");
    expect(row && [row.direction, directionText(row.decided, "zh"), directionText(row.decided, "en")]).toEqual(["down", "↓越低越好（模板设定）", "↓ lower is better (set in the template)"]);
  });

  it.each<[string, string, RowEdit, string, string | undefined, string]>([
    // name, id, the edit, 方向 shown while editing, the template's direction after 载入, the select after the edit
    ["chosen down over the series", "r04", { direction: "down" }, "↓越低越好（所选）", "down", "down"],
    ["chosen keep over the name", "r02", { direction: "keep" }, "保持（所选）", "keep", "keep"],
    ["chosen up over the operator", "r01", { direction: "up" }, "↑越高越好（所选）", "up", "up"],
    ["自动 removes the importer's direction: the operator still decides", "r01", { direction: "auto" }, "↓越低越好（按运算符）", undefined, "auto"],
    // the select reads 自动 for the operator's direction, as for every inferred one (trial32p)
    ["an edited target's operator moves the importer's direction", "r07", { target: "≤5" }, "↓越低越好（按运算符）", "down", "auto"],
    ["a chosen direction wins over an edited target's operator", "r07", { target: "≤5", direction: "up" }, "↑越高越好（所选）", "up", "up"],
    ["an edited name changes the name's word", "r04", { name: "孕产妇死亡率(%)" }, "↓越低越好（按名称：死亡率）", undefined, "auto"],
    ["a chosen direction on an approximate target still reads ≈", "r05", { direction: "down" }, "≈接近目标", "down", "down"],
  ])("%s", (_name, id, edit, shown, loaded, select) => {
    const t = health();
    const d = editedDirection(t, id, edit);
    expect(d && directionText(d, "zh")).toBe(shown);
    expect(directionChoiceAfter(t, id, edit)).toBe(select);
    const r = applyEdits(t, { [id]: edit });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.template.indicators.find((x) => x.id === id)?.direction).toBe(loaded);
    expect(r.changed).toBe(1);
    // what the preview showed is what the template now decides
    const after = previewRows(r.template).find((x) => x.id === id);
    expect(after?.decided.direction).toBe(d?.direction);
  });

  it.each<[string, RowEdit]>([
    ["the importer's own direction chosen again", { direction: "up" }],
    ["no direction chosen", {}],
  ])("r07: %s is no change", (_name, edit) => {
    const r = applyEdits(health(), { r07: edit });
    expect(r.ok && [r.changed, r.template.indicators.find((x) => x.id === "r07")?.direction]).toEqual([0, "up"]);
  });

  // trial32p: `≥1400` showed ↑越高越好 chosen while `[300]` showed 自动, and both said 按运算符 though `[300]` has no operator
  const TRIAL = ["表1 某县“十五五”交通运输发展主要指标", "序号\t指标\t单位\t2025年\t2030年\t属性",
    "1\t公路总里程\t公里\t1280\t≥1400\t预期性", "2\t新改建农村公路\t公里\t—\t[300]\t预期性", "3\t建制村通双车道比例\t%\t72\t90左右\t预期性",
    "4\t港口货物吞吐量\t万吨\t5200\t6500/7000\t预期性", "5\t交通运输碳排放强度下降\t%\t/\t≤5\t约束性", "6\t城乡客运一体化发展水平\t\t4A\t达到5A级\t预期性",
    "7\t综合交通投资\t亿元\t120\t[650]\t预期性", "8\t公交站点覆盖率\t%\t80\t90\t预期性", "9\t公路货运量\t万吨\t900\t800\t预期性"].join("\n");
  const trial = (): IndicatorTemplate => {
    const r = importTable(TRIAL);
    if (!r.ok) throw new Error(r.message);
    return r.template;
  };
  it.each([
    // 序号, the select, 方向 (zh), 方向 (en)
    ["1", "auto", "↑越高越好（按运算符）", "↑ higher is better (by operator)"],
    ["2", "auto", "↑越高越好（按累计目标）", "↑ higher is better (by the cumulative target)"],
    ["5", "auto", "↓越低越好（按运算符）", "↓ lower is better (by operator)"],
    ["7", "auto", "↑越高越好（按累计目标）", "↑ higher is better (by the cumulative target)"],
    ["8", "auto", "↑越高越好（按名称：覆盖率）", "↑ higher is better (by name: 覆盖率)"],
    ["9", "auto", "↓越低越好（按基期与目标）", "↓ lower is better (baseline vs target)"],
  ])("the trial's row %s: select %s, shown %s", (number, select, zh, en) => {
    const t = trial();
    const row = previewRows(t).find((r) => r.number === number);
    if (!row) throw new Error(`no row ${number}`);
    expect(row.choice).toBe(select);
    expect(directionChoiceAfter(t, row.id, {})).toBe(row.choice);
    expect(directionText(row.decided, "zh")).toBe(zh);
    expect(directionText(row.decided, "en")).toBe(en);
  });

  it("a direction set by hand against the operator is shown chosen, not 自动", () => {
    const t = trial();
    const hand = { ...t, indicators: t.indicators.map((d) => (d.number === "1" ? { ...d, direction: "down" as const } : d)) };
    const row = previewRows(hand).find((r) => r.number === "1");
    expect(row && [row.choice, directionText(row.decided, "zh")]).toEqual(["down", "↓越低越好（模板设定）"]);
  });

  it("the trial's compound target is said in the preview's 请核对 list, and answered by an edit of its target", () => {
    const r = importTable(TRIAL);
    if (!r.ok) throw new Error(r.message);
    const { toCheck } = splitUnread(r.unread);
    const compound = toCheck.filter((u) => u.code === "target-compound");
    expect(compound).toHaveLength(1);
    expect(compound[0]?.reason).toContain("目标“6500/7000”含 2 个分项");
    const rows = previewRows(r.template);
    const id = rows.find((x) => x.number === "4")?.id ?? "";
    const shown = unreadStates(compound, r.indicatorRows, rows, { [id]: { target: "≥6500" } }, r.template.targetYear);
    expect(shown).toEqual([{ state: "edited", fields: ["target"] }]);
  });

  it("editedDirection of an unknown id is null", () => {
    expect(editedDirection(health(), "nope", { direction: "up" })).toBeNull();
  });
});

const ownDirection = (t: Template, id: string): string | undefined => (t.kind === "indicators" ? t.indicators.find((d) => d.id === id)?.direction : "not indicators");

/** The 方向 cell of the row whose id cell reads `id`, found by the header. */
function directionCell(grid: GridWorkbook, sheet: string, id: string): string | undefined {
  const s = grid.sheets.find((x) => x.name === sheet);
  const text = (c: unknown): string => (c as { text?: string }).text ?? "";
  const header = s?.rows.find((r) => r.some((c) => text(c) === "方向"));
  const col = header?.findIndex((c) => text(c) === "方向") ?? -1;
  const row = s?.rows.find((r) => r.some((c) => text(c) === id));
  return row ? text(row[col]) : undefined;
}

describe("a direction chosen in the preview reaches the sheet and is kept on refresh and roll-over", () => {
  it("r04 chosen down: 方向 ↓越低越好 on load, after a refresh and after rolling 2023 over to 2024", async () => {
    const r = applyEdits(health(), { r04: { direction: "down" } });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const wb = createWorkbook();
    const first = planLoad([r.template], 2023, [], "copy");
    const sheet = first.sheetNames[0] as string;
    await wb.actions.apply(first.plan, []);
    const grid = await wb.actions.readGrid();
    expect(directionCell(grid, sheet, "r04")).toBe("↓越低越好");
    expect(directionCell(grid, sheet, "r06")).toBe("↓越低越好"); // §3a's own, as the preview showed
    expect(directionCell(grid, sheet, "r03")).toBe("↑越高越好");
    // the engine judges with it: 20 against a baseline of 22 and a target of 30 is met going down
    const item = (g: GridWorkbook) => { const c = checkGrid(g); return c.ok ? c.report.items.find((i) => i.id === "r04") : undefined; };
    const cell = item(grid)?.cells["2023"] ?? "";
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    wb.set(sheet, cell, 20);
    expect(item(await wb.actions.readGrid())?.status).toBe("met");

    // the template, with the direction, is kept in the workbook's metadata
    const state = workbookState(grid);
    expect(state?.templates.map((x) => ownDirection(x, "r04"))).toEqual(["down"]);
    // refresh in the same year, then roll over to 2024, both from the templates the workbook keeps
    for (const year of [2023, 2024]) {
      const again = planLoad(state?.templates ?? [], year, await wb.actions.sheets(), "refresh");
      expect(again.refresh).toEqual([sheet]);
      await wb.actions.apply(again.plan, again.refresh);
      const now = await wb.actions.readGrid();
      expect(directionCell(now, sheet, "r04")).toBe("↓越低越好");
      expect(workbookState(now)?.templates.map((x) => ownDirection(x, "r04"))).toEqual(["down"]);
      const c = checkGrid(now);
      expect(c.ok && c.report.year).toBe(year);
      const r04 = c.ok ? c.report.items.find((i) => i.id === "r04") : undefined;
      // 2023: still met going down; 2024: nothing typed yet, the 2023 value kept in its cell
      expect([r04?.cells["2023"], r04?.status]).toEqual([cell, year === 2023 ? "met" : "missing"]);
      const s = now.sheets.find((x) => x.name === sheet);
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
      expect(s?.rows[Number(row) - 1]?.[(col ?? "A").charCodeAt(0) - 65]).toEqual({ type: "number", value: 20 });
    }
  });
});

/**
 * A trial (trH) edited row 7's target to ≤6 as the 请核对 line suggested and ticked 删除 on row 2: the
 * list still counted 10 lines to check, said the old target, and said the dropped row 已载入. A line
 * whose rows are all dropped is dropped; one whose field (unreadFields) was edited is the person's.
 */
describe("unreadStates: the 请核对 lines after the preview's edits (淳安, the trial's table)", () => {
  const r = importTable(read("chunan-2021-2025.txt"), { source: { kind: "paste", box: true } });
  if (!r.ok) throw new Error(r.message);
  const rows = previewRows(r.template);
  const { toCheck } = splitUnread(r.unread);
  const states = (edits: Edits): Array<[number, string, UnreadShown]> => unreadStates(toCheck, r.indicatorRows, rows, edits, r.template.targetYear).map((s, i) => [toCheck[i]?.line ?? 0, toCheck[i]?.code ?? "", s]);
  const changed = (edits: Edits): Array<[number, string, UnreadShown]> => states(edits).filter(([, , s]) => s.state !== "to-check");

  it("reads 12 lines to check, on lines 3 (two), 4, 5 (two), 8, 9, 12 (two), 13, 15, 16", () => {
    // line 3's 地区生产总值增长 6左右 is said twice: taken from the 年均 column, and its band (a name ending in 增长);
    // line 5 also lists the rows read up from their numbers alone (direction-series-up)
    expect(toCheck.map((u) => u.line)).toEqual([3, 3, 4, 5, 5, 8, 9, 12, 12, 13, 15, 16]);
    expect(changed({})).toEqual([]);
  });

  it.each<[string, Edits, Array<[number, string, UnreadShown]>]>([
    ["row 7's target to ≤6, as line 9 suggests: edited", { r07: { target: "≤6" } }, [[9, "target-approximate-direction", { state: "edited", fields: ["target"] }]]],
    ["row 2 ticked 删除: line 4 dropped", { r02: { drop: true } }, [[4, "target-from-annual", { state: "dropped", fields: [] }]]],
    ["a dropped row's edits do not count", { r07: { drop: true, target: "≤6" } }, [[9, "target-approximate-direction", { state: "dropped", fields: [] }]]],
    ["row 10's target to ≥78.3: both lines of 12", { r10: { target: "≥78.3" } }, [[12, "target-from-cumulative", { state: "edited", fields: ["target"] }], [12, "target-level-rise", { state: "edited", fields: ["target"] }]]],
    ["row 3's baseline: the 60.6* line", { r03: { baseline: "60.5" } }, [[5, "value-mark", { state: "edited", fields: ["baseline"] }]]],
    ["row 7's direction chosen: line 9 speaks of it too", { r07: { direction: "down" } }, [[9, "target-approximate-direction", { state: "edited", fields: ["direction"] }]]],
    // what the line does not speak of leaves it to check
    ["row 7's name only", { r07: { name: "城镇调查失业率(%)" } }, []],
    ["row 7's target as read, spaces round it", { r07: { target: " 控制在6左右 " } }, []],
    ["row 7's direction chosen as it was (自动)", { r07: { direction: "auto" } }, []],
    ["rows without a line", { r08: { drop: true }, r09: { target: "3.5" } }, []],
  ])("%s", (_name, edits, expected) => {
    expect(changed(edits)).toEqual(expected);
  });

  it("counts what is left to check and what was edited or dropped", () => {
    const edits: Edits = { r02: { drop: true }, r07: { target: "≤6" }, r13: { target: "≥77.9" } };
    const shown = unreadStates(toCheck, r.indicatorRows, rows, edits, r.template.targetYear);
    expect(["to-check", "edited", "dropped"].map((st) => shown.filter((x) => x.state === st).length)).toEqual([9, 2, 1]);
  });
});

describe("editedFields and previewChanges: what a person changed in the preview", () => {
  const rows = previewRows(imported("shengsi-2023-2027.txt").template);
  const r01 = rows[0];
  if (!r01) throw new Error("no rows");

  it.each<[string, RowEdit | undefined, string[]]>([
    ["nothing", undefined, []],
    ["every field as read", { drop: false, name: r01.name, unit: r01.unit, baseline: r01.baseline, target: r01.target }, []],
    ["spaces only", { target: ` ${r01.target} ` }, []],
    ["the target", { target: "≥5.5" }, ["target"]],
    ["name, unit and baseline", { name: "托位数(个)", unit: "张", baseline: "3" }, ["name", "unit", "baseline"]],
    ["a direction chosen", { direction: "up" }, ["direction"]],
    ["自动 chosen where the template has none", { direction: "auto" }, []],
  ])("%s → %j", (_name, edit, fields) => {
    expect(editedFields(r01, edit)).toEqual(fields);
  });

  it.each<[string, Edits, { edited: number; dropped: number }]>([
    ["none", {}, { edited: 0, dropped: 0 }],
    ["as read", { r01: { target: r01.target, drop: false } }, { edited: 0, dropped: 0 }],
    ["one edited, one dropped, one both (dropped)", { r01: { target: "6" }, r02: { drop: true }, r03: { drop: true, name: "x" } }, { edited: 1, dropped: 2 }],
  ])("previewChanges: %s", (_name, edits, counts) => {
    expect(previewChanges(rows, edits)).toEqual(counts);
  });
});

/** The pane's paste of a table with several target years shows the line import prints: which column was taken, which were not. */
describe("the pane's 请核对 list: several target years", () => {
  // [shape, title (its year is the plan's end: 2030 is not a vision column then), header, the line]
  it.each<[string, string, string, RegExp]>([
    ["2020年目标 / 2030年目标值", "“健康中国2030”某县卫生健康主要指标", "序号\t指标\t2015年基期\t2020年目标\t2030年目标值", /取最晚的“2030年目标值”（2030 年）为规划目标，“2020年目标”作为 2020 年的年度目标载入/],
    ["十五五 2027年中期", "某县“十五五”卫生健康主要指标", "序号\t指标\t2025年基期\t2027年中期\t2030年目标", /取最晚的“2030年目标”（2030 年）为规划目标，“2027年中期”作为 2027 年的年度目标载入/],
  ])("%s", (_d, title, header, said) => {
    const r = importTable(`${title}\n${header}\n1\t人均预期寿命（岁）\t76.3\t77.3\t79.0`, { source: { kind: "paste", box: true } });
    if (!r.ok) throw new Error(r.message);
    const { toCheck } = splitUnread(r.unread);
    const line = toCheck.find((u) => u.code === "target-choice");
    expect([line?.line, line?.reason]).toEqual([2, expect.stringMatching(said)]);
    // no edit of a row answers it: it speaks of the table's columns
    const shown = unreadStates(toCheck, r.indicatorRows, previewRows(r.template), { r01: { target: "80" } }, r.template.targetYear);
    expect(shown[toCheck.indexOf(line as (typeof toCheck)[number])]).toEqual({ state: "to-check", fields: [] });
  });
});
