import JSZip from "jszip";
import { readXlsxZip } from "../../../src/hosts/xlsx/readXlsxZip";
import { streamXlsx } from "../../../src/hosts/xlsx/streamXlsx";

/** A one-sheet workbook whose column A holds `links` (text, link), written by the streaming writer. */
async function linked(links: ReadonlyArray<readonly [string, string]>): Promise<Buffer> {
  return streamXlsx(function* (open) {
    const s = open("问题清单");
    s.addColumn("a", 30);
    for (const [i, [text, link]] of links.entries()) {
      s.value(i + 1, 1, text, "text", { hyperlink: link });
      yield;
    }
  });
}

async function parts(bytes: Buffer): Promise<{ sheet: string; rels: string }> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    sheet: (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "",
    rels: (await zip.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")) ?? "",
  };
}

describe("the streaming writer's links (issue 19: memory flat in the returns, Excel's 65,530 links a sheet)", () => {
  test.each([
    ["a file", "定海区.xlsx", "./收到/定海区.xlsx"],
    ["a cell of a file", "舟山市表2!K4", "./收到/2024-定海区.xlsx#'舟山市表2'!K4"],
    ["a name with a quote", '"普陀"版.xlsx', './收到/"普陀"版.xlsx'],
  ])("a link to %s is a HYPERLINK formula showing its text, with no relationship", async (_what, text, link) => {
    const bytes = await linked([[text, link]]);
    const { sheet, rels } = await parts(bytes);
    expect(rels).not.toContain("hyperlink");
    expect(sheet).toContain("<f>HYPERLINK(");
    // what every reader shows without recalculating: the text, from the stored result
    const wb = await readXlsxZip(bytes);
    expect(wb.sheets[0]?.rows[0]?.[0]).toEqual({ type: "string", text });
  });

  test.each([
    ["inside the workbook", "#'汇总'!A5"],
    ["longer than a formula's text (255)", `./${"很长的文件夹名".repeat(40)}/定海区.xlsx`],
  ])("a link %s stays a hyperlink relationship", async (_what, link) => {
    const { sheet, rels } = await parts(await linked([["看这里", link]]));
    expect(sheet).not.toContain("HYPERLINK(");
    expect(sheet).toContain("<hyperlink ");
    if (!link.startsWith("#")) expect(rels).toContain("hyperlink");
  });

  test("thousands of file links leave no relationships and no hyperlink list to keep", async () => {
    const links = Array.from({ length: 3000 }, (_, i) => [`K${i + 4}`, `./收到/县${i}.xlsx#'表'!K${i + 4}`] as const);
    const { sheet, rels } = await parts(await linked(links));
    expect(sheet.match(/<f>HYPERLINK\(/g)?.length).toBe(3000);
    expect(sheet).not.toContain("<hyperlinks>");
    expect(rels).not.toContain("hyperlink");
  });
});
