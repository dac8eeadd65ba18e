import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadTemplates } from "../../src/cli/loadTemplates";
import { UsageError } from "../../src/cli/UsageError";
import { findTemplate } from "../../src/templates/catalog";

// a fresh user ran `distribute imported-2020-2025-aad47989 --from 青溪生态.json …` (the form of docs/cli-reference.md's examples,
// `<id> … [--from 模板.json]`) and got 未知模板: an id that names a --from file's template is that template
const dir = mkdtempSync(join(tmpdir(), "load-templates-"));
const file = join(dir, "青溪生态.json");
writeFileSync(file, JSON.stringify({ ...findTemplate("zhoushan-2021-2025")!, id: "imported-2020-2025-aad47989" }));

describe("loadTemplates: catalog ids, then --from files", () => {
  test.each<[string, string[], string[], string[] | RegExp]>([
    ["the --from file's own id beside it: taken once", ["imported-2020-2025-aad47989"], [file], ["imported-2020-2025-aad47989"]],
    ["the --from file alone", [], [file], ["imported-2020-2025-aad47989"]],
    ["a catalog id and the file", ["shengsi-2023-2027"], [file], ["shengsi-2023-2027", "imported-2020-2025-aad47989"]],
    ["the file's id without --from: still unknown", ["imported-2020-2025-aad47989"], [], /未知模板「imported-2020-2025-aad47989」/],
    ["another id beside --from: unknown", ["imported-other"], [file], /未知模板「imported-other」/],
  ])("%s", (_, ids, from, expected) => {
    if (expected instanceof RegExp) {
      expect(() => loadTemplates(ids, from)).toThrow(UsageError);
      expect(() => loadTemplates(ids, from)).toThrow(expected);
    } else expect(loadTemplates(ids, from).map((t) => t.id)).toEqual(expected);
  });
});
