import JSZip from "jszip";
import { quoteSheet } from "../../sheet/a1";
import { sheetPartPath } from "./sheetPartPath";
import type { PlannedChart, WorkbookPlan } from "../../sheet/SheetPlan";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function abs(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

function chartXml(c: PlannedChart, sheet: string): string {
  const ref = (r: string): string => esc(`${quoteSheet(sheet)}!${abs(r)}`);
  const series = c.series.map((s, i) => `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr>` +
    `<c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>${ref(c.categories)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${ref(s.values)}</c:f></c:numRef></c:val></c:ser>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${esc(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="111"/><c:axId val="222"/></c:barChart>` +
    `<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="0"/></c:chart></c:chartSpace>`;
}

function drawingXml(charts: Array<{ c: PlannedChart; rid: string }>): string {
  const anchors = charts.map(({ c, rid }, i) => `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${c.from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${c.to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors}</xdr:wsDr>`;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * ExcelJS writes no charts, so native charts are added to the written package: a chart
 * part, a drawing part, their relationships and content types. The chart reads the
 * sheet's own cells, so it stays live in Excel, WPS and LibreOffice.
 */
export async function injectCharts(xlsx: Buffer | ArrayBuffer, plan: WorkbookPlan): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const wbRels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  let chartNo = 0;
  let drawingNo = 0;
  for (const s of plan.sheets) {
    if (!s.charts?.length) continue;
    const sheetPath = sheetPartPath(workbook, wbRels, s.name);
    const sheetFile = sheetPath.split("/").pop() ?? "";
    const relsPath = `xl/worksheets/_rels/${sheetFile}.rels`;
    drawingNo++;
    const charts = s.charts.map((c) => ({ c, rid: `rId${++chartNo}`, n: chartNo }));
    for (const { c, n } of charts) {
      zip.file(`xl/charts/chart${n}.xml`, chartXml(c, s.name));
      types = types.replace("</Types>", `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
    }
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(charts));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${charts.map(({ rid, n }) => `<Relationship Id="${rid}" Type="${REL}/chart" Target="../charts/chart${n}.xml"/>`).join("")}</Relationships>`);
    types = types.replace("</Types>", `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);
    const drawingRid = `rIdDrawing${drawingNo}`;
    const rels = (await zip.file(relsPath)?.async("string")) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    zip.file(relsPath, rels.replace("</Relationships>", `<Relationship Id="${drawingRid}" Type="${REL}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`));
    let xml = (await zip.file(sheetPath)?.async("string")) ?? "";
    // CT_Worksheet order: <drawing> comes before legacyDrawing, tableParts and extLst
    const at = ["<legacyDrawing", "<legacyDrawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"]
      .map((t) => xml.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? xml.length;
    xml = `${xml.slice(0, at)}<drawing r:id="${drawingRid}"/>${xml.slice(at)}`;
    if (!/xmlns:r=/.test(xml.slice(0, 500))) xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${REL}" `);
    zip.file(sheetPath, xml);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
