/**
 * What a CSV text file is worth as a return, and what to do, in zh or en: one home for the words the CLI gives a file named
 * .csv (fileMessages `csv_input`) and the reader gives a text file named .xlsx (describeXlsxProblem `not_zip`, kind text:
 * a CSV renamed .xlsx got only 不是 .xlsx 文件（是文本文件） until trial42b F4). Follows 是 CSV 文本文件， / a CSV text file.
 */
export function csvValuesWords(lang: "zh" | "en"): string {
  return lang === "en"
    ? "holds one sheet's values only (the add-in's hidden sheets, formulas and formats are gone) and cannot be saved back as a return; fill in the distributed file (.xlsx) again"
    : "只存有一张表的数值（本工具的隐藏表、公式和格式都已丢失），不能另存为填报工作簿；请用下发的原表（.xlsx）重新填写";
}
