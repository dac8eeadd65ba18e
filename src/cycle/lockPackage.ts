import { openPackageForEdit } from "../hosts/xlsx/openPackageForEdit";
import { fitWrappedRows } from "./fitWrappedRows";

const unesc = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m?.[1] === undefined ? undefined : unesc(m[1]);
};

/** Sheet protection as our writer sets it (no password; formats free), for a sheet a person unprotected. */
const PROTECTION = `<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" formatRows="0"/>`;

/** Where a relationship target points, as a part path from the package root. */
function partPath(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const out: string[] = [];
  for (const p of `xl/${target}`.split("/")) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/**
 * Locks the input cells of the named sheets in an .xlsx by editing the package: every cell
 * format with `locked="0"` gets a locked copy appended to styles.xml (existing indices
 * untouched), the named sheets' cells, rows and columns point to the copies, and a sheet
 * without protection gets it back (no password, as `template` writes it), and a row whose
 * wrapped text (`texts`: by sheet, A1 → what the person wrote) needs more lines than its height
 * shows is raised (fitWrappedRows), so the locked return prints whole. Values, formulas
 * and every other part stay as they were. Returns the parts changed.
 */
export async function lockPackage(xlsx: Uint8Array, sheets: string[], texts: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map()): Promise<{ bytes: Buffer; changed: string[] }> {
  const zip = await openPackageForEdit(xlsx);
  const read = async (p: string): Promise<string | null> => (await zip.file(p)?.async("string")) ?? null;
  const workbook = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const styles = await read("xl/styles.xml");
  if (workbook === null || rels === null || styles === null) throw new Error("不是完整的 .xlsx 工作簿（缺少 workbook、关系或样式部分）");
  const changed: string[] = [];

  // the locked copy of every unlocked cell format
  const xfsMatch = /<((?:[\w.-]+:)?)cellXfs\b[^>]*>([\s\S]*?)<\/\1cellXfs>/.exec(styles);
  if (!xfsMatch) throw new Error("xl/styles.xml 中没有单元格格式列表");
  const px = xfsMatch[1] ?? "";
  const xfs = [...(xfsMatch[2] ?? "").matchAll(new RegExp(`<${px}xf\\b[^>]*?(?:/>|>[\\s\\S]*?</${px}xf>)`, "g"))].map((m) => m[0]);
  const map = new Map<number, number>();
  const added: string[] = [];
  const wraps = new Set(xfs.flatMap((xf, i) => (new RegExp(`<${px}alignment\\b[^>]*\\bwrapText="(1|true)"`).test(xf) ? [i] : [])));
  xfs.forEach((xf, i) => {
    if (!new RegExp(`<${px}protection\\b[^>]*\\blocked="(0|false)"`).test(xf)) return;
    map.set(i, xfs.length + added.length);
    added.push(xf.replace(/\blocked="(0|false)"/, 'locked="1"'));
  });
  if (added.length) {
    const body = (xfsMatch[2] ?? "") + added.join("");
    const open = xfsMatch[0].slice(0, xfsMatch[0].indexOf(">") + 1).replace(/\scount="\d+"/, ` count="${xfs.length + added.length}"`);
    zip.file("xl/styles.xml", styles.replace(xfsMatch[0], `${open}${body}</${px}cellXfs>`));
    changed.push("xl/styles.xml");
  }

  const relTags = [...rels.matchAll(/<([\w.-]+:)?Relationship\s[^>]*>/g)].map((m) => m[0]);
  const sheetTags = [...workbook.matchAll(/<([\w.-]+:)?sheet\s[^>]*>/g)].map((m) => m[0]);
  for (const name of sheets) {
    const tag = sheetTags.find((t) => attr(t, "name") === name);
    const id = tag ? /\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1] : undefined;
    const target = relTags.map((t) => (attr(t, "Id") === id ? attr(t, "Target") : undefined)).find((x) => x !== undefined);
    if (!target) throw new Error(`工作表「${name}」不在工作簿中`);
    const path = partPath(target);
    const xml = await read(path);
    if (xml === null) throw new Error(`工作表「${name}」的部分 ${path} 缺失`);
    const remap = (tag: string, a: string): string => tag.replace(new RegExp(`(\\s${a}=")(\\d+)(")`), (m, pre: string, n: string, post: string) => {
      const to = map.get(Number(n));
      return to === undefined ? m : `${pre}${to}${post}`;
    });
    // fitted before the remap: `wraps` holds the indices the cells have now
    let next = fitWrappedRows(xml, wraps, texts.get(name) ?? new Map()).replace(/<([\w.-]+:)?c\s[^>]*>/g, (t) => remap(t, "s"))
      .replace(/<([\w.-]+:)?row\s[^>]*>/g, (t) => remap(t, "s"))
      .replace(/<([\w.-]+:)?col\s[^>]*>/g, (t) => remap(t, "style"));
    if (!/<([\w.-]+:)?sheetProtection\b/.test(next)) {
      const sp = /<([\w.-]+:)?sheetData\b/.exec(next)?.[1] ?? "";
      const prot = PROTECTION.replace("<sheetProtection", `<${sp}sheetProtection`);
      const calc = new RegExp(`<${sp}sheetCalcPr\\b[^>]*/>`).exec(next);
      if (calc) next = next.replace(calc[0], calc[0] + prot);
      else if (next.includes(`</${sp}sheetData>`)) next = next.replace(`</${sp}sheetData>`, `</${sp}sheetData>${prot}`);
      else next = next.replace(new RegExp(`<${sp}sheetData\\s*/>`), (m) => m + prot);
    }
    if (next !== xml) { zip.file(path, next); changed.push(path); }
  }
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  return { bytes, changed };
}
