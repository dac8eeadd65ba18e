import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";

let bytes: Buffer | null = null;

/**
 * 定海区's 2023 return of zhoushan-2021-2025 with the sample's numbers only (its invalid cells,
 * 约100 and #DIV/0!, would stop lock before its write), as .xlsx bytes, made once per test file:
 * the return the lock-file tests put a lock file beside.
 */
export async function lockableReturnBytes(): Promise<Buffer> {
  if (bytes) return bytes;
  const zs = findTemplate("zhoushan-2021-2025");
  if (!zs) throw new Error("zhoushan-2021-2025");
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: "定海区" }));
  fillInputs(wb, sampleReturn(zs, 2023).filter((e) => typeof e.value === "number" || e.key === "assess"));
  bytes = Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
  return bytes;
}

/**
 * Excel's owner file (~$name) as Excel writes it (test/fixtures/lock/README.md: ClosedXML's real one): a length byte,
 * the ANSI name padded to 54 bytes (55 in all), a 2-byte length at offset 55, the name in UTF-16LE from 57, padding.
 */
export function excelOwner(name: string, ansi = name): Buffer {
  const head = Buffer.alloc(55, 0x20);
  head[0] = Buffer.byteLength(ansi, "latin1");
  head.write(ansi, 1, "latin1");
  const len = Buffer.alloc(2);
  len.writeUInt16LE(name.length);
  return Buffer.concat([head, len, Buffer.from(name.padEnd(54), "utf16le")]);
}
