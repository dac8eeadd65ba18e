import { copyFileSync } from "node:fs";
import { cli } from "../support/cli";
import { at, decide, edit, KEY, LOCKABLE, returnFile, reviewRows, run } from "../support/trialReturn";

test("probe", async () => {
  const f = await returnFile(LOCKABLE);
  await run("review", f);
  const rows = await reviewRows(f);
  const keys = [...rows.keys()];
  await decide(f, Object.fromEntries(keys.map((k, i) => [k, { decision: i < 3 ? "退回修改" : "通过", reviewer: "王" }])));
  const r0 = await cli("review", f);
  console.log("REVIEW0\n" + r0.out + r0.err);
  const g = f.replace(/\.xlsx$/, "-v2.xlsx");
  copyFileSync(f, g);
  await edit(g, [at("r01", "in:2024", 96)]);
  const r = await cli("review", g, "--replaces", f);
  console.log("REVIEW1\n" + r.out + r.err);
  const c = await cli("check", g, "--json");
  console.log("JSON\n" + JSON.stringify(JSON.parse(c.out).lockRefusals, null, 1));
  const l = await cli("lock", g);
  console.log("LOCK\n" + l.err);
  void KEY;
}, 120000);
