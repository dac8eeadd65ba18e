import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { catalog } from "../../src/templates/catalog";
import { OfficeJsRequest } from "./officeJsRequest";
import { sheetWrites, type SheetWrites } from "./sheetWrites";
import { syntheticTemplate } from "./syntheticTemplate";

/**
 * The host's request-size estimates against the requests Microsoft's own office.js builds
 * (excel-web-16.00.js run in a VM, its executor replaced by a recorder). Batch splits writes
 * by those estimates, so each one must be at least what office.js really sends: then a
 * request the Batch keeps under 4,000,000 bytes is under Excel on the web's 5 MB too.
 */
const office = new OfficeJsRequest();
const realBytes = (sheet: string, ops: SheetWrites["ops"]): Promise<number> => office.writeBytes(sheet, ops);

describe("request sizes as office.js serialises them", () => {
  let seedCases: SheetWrites[] = [];
  let bigCases: SheetWrites[] = [];
  beforeAll(async () => {
    const seeds = catalog();
    seedCases = (await Promise.all(seeds.map((t) => sheetWrites(buildWorkbookPlan([t], { year: 2023 }), t.id)))).flat();
    bigCases = await sheetWrites(buildWorkbookPlan([syntheticTemplate(5000)], { year: 2023 }), "5,000");
  }, 120_000);

  it("office.js is really running: a request names its actions and object paths", async () => {
    const bytes = await office.bytesOf((ctx) => { ctx.workbook.worksheets.getItem("表").getRange("A1").values = [[1]]; });
    const body = JSON.parse(office.bodies[office.bodies.length - 1] ?? "{}") as { Actions?: unknown[]; ObjectPaths?: Record<string, unknown> };
    expect(body.Actions?.length).toBeGreaterThan(0);
    expect(Object.keys(body.ObjectPaths ?? {}).length).toBeGreaterThanOrEqual(3);
    expect(bytes).toBeGreaterThan(100);
  });

  it("every write's estimate is at least its real size, for every seed sheet (load and reload)", async () => {
    const under: string[] = [];
    for (const c of seedCases) {
      const base = await realBytes(c.sheet.name, []);
      for (const [i, op] of c.ops.entries()) {
        const real = (await realBytes(c.sheet.name, [op])) - base;
        if (op.bytes < real) under.push(`${c.label} op ${i}: estimate ${op.bytes} < real ${real}`);
      }
    }
    expect(under).toEqual([]);
  });

  it("at 5,000 indicators too, and in all the estimate is within 25% of the real size", async () => {
    for (const c of bigCases) {
      const base = await realBytes(c.sheet.name, []);
      const under: string[] = [];
      let est = 0;
      for (const [i, op] of c.ops.entries()) {
        const real = (await realBytes(c.sheet.name, [op])) - base;
        if (op.bytes < real) under.push(`op ${i}: estimate ${op.bytes} < real ${real}`);
        est += op.bytes;
      }
      const whole = await realBytes(c.sheet.name, c.ops);
      console.log(`${c.label}: ${c.ops.length} writes, estimated ${est} B, office.js ${whole} B (${(est / whole).toFixed(2)})`);
      expect(under.slice(0, 5)).toEqual([]);
      expect(est).toBeGreaterThanOrEqual(whole - base);
      expect(est).toBeLessThan(whole * 1.25);
    }
  }, 120_000);

  it("a reload of 5,000 indicators writes less than one request: 4,000,000 bytes, as office.js builds it", async () => {
    const reload = bigCases.find((c) => c.label.endsWith("reload"));
    expect(reload).toBeDefined();
    if (!reload) return;
    const whole = await realBytes(reload.sheet.name, reload.ops);
    console.log(`reload of 5,000 indicators: ${whole} B in one request`);
    expect(whole).toBeLessThan(4_000_000);
  });
});
