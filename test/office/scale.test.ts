import { measureOfficeHost, type OfficeMeasure, type Size } from "./measure";
import { syntheticTemplate } from "./syntheticTemplate";

/**
 * Sync counts and request sizes at 50, 500 and 5,000 indicators (synthetic copies of the
 * seed zhoushan-2021-2025 template). Excel on the web refuses a request or a response over
 * 5 MB; the host keeps requests under 4 MB.
 *
 * Up to about 2,000 indicators everything a load writes fits in one request: 2 syncs. Above,
 * sync 1 also carries writes into sheets with temporary names ("prefill"), which keeps 2
 * syncs to about 4,000 indicators. At 5,000 the load writes about 9 MB, of which about 5.5 MB
 * are the per-row data validations with their row-specific prompts: 3 requests of 4 MB at
 * least, so 3 syncs. A reload of 5,000 rows writes about 6 MB after its read: 3 syncs.
 */
describe("Office host at scale", () => {
  it("the synthetic templates pass the template schema", () => {
    for (const n of [50, 500, 5000]) expect(syntheticTemplate(n).indicators).toHaveLength(n);
  });

  const limits: Record<Size, { load: number; refresh: number }> = { 50: { load: 2, refresh: 2 }, 500: { load: 2, refresh: 2 }, 5000: { load: 2, refresh: 3 } };
  let all: OfficeMeasure;

  beforeAll(async () => {
    all = await measureOfficeHost();
    console.log(`Office host: ${JSON.stringify({ syncs: all.syncs, maxRequestBytes: all.maxRequestBytes, maxResponseBytes: all.maxResponseBytes, cfRulesPerSheet: all.cfRulesPerSheet })}`);
  }, 120_000);

  it.each([50, 500, 5000] as const)("%i indicators: load ≤ 2 syncs, check 1, reload ≤ 2 (3 at 5,000), requests under 4 MB", (n) => {
    const m = all.bySize[n];
    console.log(`${n} indicators: load ${m.load} syncs (${m.loadMode}), check ${m.check}, reload ${m.refresh}; largest request ${m.loadMaxRequestBytes} B (load) ${m.refreshMaxRequestBytes} B (reload), check response ${m.checkResponseBytes} B; ${m.cfRules} conditional-format rules, ${m.validations} validations on the sheet; ${m.ms.load} ms / ${m.ms.check} ms / ${m.ms.refresh} ms in the fake`);
    const limit = limits[n];
    expect(m.load).toBeLessThanOrEqual(limit.load);
    expect(m.refresh).toBeLessThanOrEqual(limit.refresh);
    expect(m.check).toBe(1);
    expect(m.checkItems).toBe(n);
    expect(m.cfRules).toBe(6);
    expect(m.validations).toBe(n + 1);
    expect(Math.max(m.loadMaxRequestBytes, m.refreshMaxRequestBytes)).toBeLessThanOrEqual(4_000_000);
    expect(m.checkResponseBytes).toBeLessThan(5_000_000);
  });

  it("reports the shape a bench script reads", () => {
    expect(all.syncs.load).toEqual({ 50: 2, 500: 2, 5000: 2 });
    expect(all.syncs.check).toEqual({ 50: 1, 500: 1, 5000: 1 });
    expect(all.cfRulesPerSheet).toEqual({ 50: 6, 5000: 6 });
    expect(all.maxRequestBytes).toBeLessThanOrEqual(4_000_000);
  });
});
