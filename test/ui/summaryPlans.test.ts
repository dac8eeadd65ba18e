import type { WorkbookPlan } from "../../src/sheet/SheetPlan";
import { externalLink, freeNames, renameSheets, withFreeNames } from "../../src/ui/shared/summaryPlans";

const plan = (): WorkbookPlan => ({
  names: [],
  sheets: ["汇总", "问题清单"].map((name) => ({
    name, role: "template", visibility: "visible", columns: [], merges: [], hiddenRows: [], rowHeights: {}, validations: [], conditionalFormats: [],
    cells: [
      { address: "A1", value: "x", hyperlink: "#'问题清单'!A2" },
      { address: "A2", value: "y", hyperlink: "#'舟山市表2'!K8" },
      { address: "A3", value: "z", hyperlink: "县.xlsx#'问题清单'!A2" },
    ],
  })),
});

describe("free sheet names", () => {
  it("keeps free names, else the first suffix free for every sheet (case-insensitive)", () => {
    expect([...freeNames(["汇总", "问题清单"], ["Sheet1"]).values()]).toEqual(["汇总", "问题清单"]);
    expect([...freeNames(["汇总", "问题清单"], ["汇总"]).values()]).toEqual(["汇总(2)", "问题清单(2)"]);
    expect([...freeNames(["汇总", "问题清单"], ["汇总", "问题清单(2)"]).values()]).toEqual(["汇总(3)", "问题清单(3)"]);
    expect([...freeNames(["Review"], ["REVIEW"]).values()]).toEqual(["Review(2)"]);
    expect([...freeNames(["a".repeat(31)], ["a".repeat(31)]).values()][0]).toBe(`${"a".repeat(28)}(2)`);
  });

  it("renaming rewrites internal links into a renamed sheet only", () => {
    const p = withFreeNames(plan(), ["汇总"]);
    expect(p.sheets.map((s) => s.name)).toEqual(["汇总(2)", "问题清单(2)"]);
    expect(p.sheets[0]?.cells.map((c) => c.hyperlink)).toEqual(["#'问题清单(2)'!A2", "#'舟山市表2'!K8", "县.xlsx#'问题清单'!A2"]);
    expect(renameSheets(plan(), new Map())).toEqual(plan());
  });

  it("an external link names the file and the quoted sheet", () => {
    expect(externalLink("定海区.xlsx", "O'Neil", "K6")).toBe("定海区.xlsx#'O''Neil'!K6");
  });
});
