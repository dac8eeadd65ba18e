import type ExcelJS from "exceljs";
import { parseTarget } from "../domain/parseTarget";
import { targetValue } from "../domain/Target";
import type { InputEntry } from "../hosts/xlsx/fillInputs";
import { indicatorSpec } from "../templates/indicatorSpec";
import { reportedCell } from "../templates/reportedCell";
import type { Template } from "../templates/TemplateSchema";
import { inputYears } from "../sheet/indicatorSheet";
import { indicatorParams } from "../sheet/indicatorParams";

/** Scenarios cycled over the rows so a sample return reaches every status. */
const SCENARIOS = ["met", "on_track", "lagging", "severe", "missing", "met", "invalid", "on_track", "lagging", "severe"] as const;

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Plausible values for a sample return of `t` in `year`: rows cycle through met, on track,
 * lagging, severe, missing and invalid, so a demo shows every status. Where a plan reports
 * its own results (舟山 表1), those are used as written.
 */
export function sampleReturn(t: Template, year: number): InputEntry[] {
  const out: InputEntry[] = [];
  const put = (id: string, key: string, value: ExcelJS.CellValue): void => { out.push({ template: t.id, id, key, value }); };
  if (t.kind === "indicators") {
    const years = inputYears(t);
    t.indicators.forEach((d, i) => {
      const reported = d.results?.[String(year)];
      if (reported !== undefined) {
        const c = reportedCell(reported, d.targetKind === "cumulative");
        put(d.id, `in:${year}`, c.type === "number" ? c.value : c.type === "string" ? c.text : null);
        return;
      }
      const prm = indicatorParams(indicatorSpec(t, d), years, t.yearlyTargetYears.length > 0);
      const yp = prm.years.find((y) => y.year === year);
      if (!yp) return;
      const scenario = SCENARIOS[i % SCENARIOS.length] ?? "met";
      const tv = typeof yp.tv === "number" ? yp.tv : null;
      if (yp.op === "text") {
        if (i % 2 === 0) put(d.id, "assess", "已达标");
        return;
      }
      if (tv === null || scenario === "missing") return;
      if (scenario === "invalid") {
        put(d.id, `in:${year}`, i % 3 === 0 ? `约${tv}` : i % 3 === 1 ? { error: "#DIV/0!" } as ExcelJS.CellErrorValue : `${String(tv).replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)))}`);
        return;
      }
      if (prm.cumulative) {
        const share = { met: 1.05, on_track: yp.share + 0.05, lagging: yp.share * 0.7, severe: yp.share * 0.2 }[scenario];
        const past = years.filter((y) => y <= year);
        const each = round((tv * share) / past.length);
        for (const y of past) put(d.id, `in:${y}`, y === past[past.length - 1] && scenario === "lagging" ? null : each);
        if (scenario === "lagging") put(d.id, `in:${year}`, round(each * 2));
        return;
      }
      const bv = typeof prm.baseline === "number" ? prm.baseline : null;
      let v: number;
      const dirUp = yp.op === ">=" || yp.op === ">" || yp.op === "~";
      const strictNudge = yp.op === ">" ? 0.1 : yp.op === "<" ? -0.1 : 0;
      if (scenario === "met" || bv === null || !yp.trajectory) v = tv + strictNudge;
      else {
        // a year with its own target (s = 1) has no on-track tier: 0.75 is lagging there
        const own = yp.rule.yearly;
        const p = { on_track: own ? 0.75 : Math.min(1, yp.share + 0.1), lagging: own ? 0.6 : yp.share * 0.75, severe: own ? 0.2 : yp.share * 0.2 }[scenario];
        v = bv + p * (tv - bv);
      }
      if (yp.op === "~" && scenario !== "met") v = tv * (scenario === "lagging" ? 1.15 : scenario === "severe" ? 1.3 : 1.05);
      v = round(v);
      if (prm.unit.unitClass === "count" && Number.isInteger(tv)) v = Math.round(v);
      put(d.id, `in:${year}`, v);
      // earlier years on a plausible path, so the sheet reads like a real return
      for (const y of years.filter((x) => x < year)) {
        if (bv !== null && yp.trajectory) put(d.id, `in:${y}`, round(bv + (v - bv) * ((y - years[0]! + 1) / (year - years[0]! + 1))));
      }
      void dirUp;
    });
  } else if (t.kind === "projects") {
    t.projects.forEach((p, i) => {
      const inv = targetValue(parseTarget(p.investment)) ?? 1;
      const scenario = i % 6;
      const states = ["已完工", "在建", "在建", "在建", "未开工", "在建"];
      put(p.id, "state", states[scenario] ?? "在建");
      const share = [1, 0.9, 0.35, 0.1, 0, -1][scenario] ?? 0.5;
      if (share >= 0) put(p.id, "completed", round(inv * share));
      if (p.unit === "" && i % 2 === 0) put(p.id, "unit", "市住建局");
    });
  } else {
    t.reforms.forEach((r, i) => {
      const scenario = i % 5;
      if (scenario === 0) { put(r.id, "state", "已完成"); put(r.id, "evidence", "县政府常务会议纪要"); }
      else if (scenario === 1) put(r.id, "state", "推进中");
      else if (scenario === 2) put(r.id, "state", "已完成");
      else if (scenario === 3) put(r.id, "state", "未启动");
    });
  }
  return out;
}
