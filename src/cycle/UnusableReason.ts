/**
 * Why a file received in the returns' folder could not be summed (a unit's file that came but
 * cannot count): the file is named, and the unit its name names is chased with this reason, not
 * as late (it did send something). `not_return`: a workbook without our metadata (the data copied
 * into a new workbook); `old_xls`, `other_format` (.ods, .xlsb, .et…): saved in another format,
 * which can be saved back as .xlsx; `csv`: values only, our hidden sheets gone, so it cannot be
 * made a return again; `encrypted`: a password to open; `damaged`: anything else unreadable.
 */
export type UnusableReason = "not_return" | "old_xls" | "other_format" | "csv" | "encrypted" | "damaged";

/**
 * The reason from the reader's coded cause (loadWorkbookFile's `reason`) or the check's
 * (`not_plan_returns`, `bad_meta`, `no_year`).
 */
export function unusableReason(cause: string): UnusableReason {
  switch (cause) {
    case "not_plan_returns": return "not_return";
    case "old_xls": return "old_xls";
    case "other_package": case "not_zip": return "other_format";
    case "csv_input": return "csv";
    case "encrypted": case "ole_unknown": return "encrypted";
    default: return "damaged";
  }
}

/** 收到的文件无法汇总 and why, then what to do: the ledger sheet's and the 催报 list's words (workbooks are Chinese). */
export const UNUSABLE_ZH: Record<UnusableReason, string> = {
  not_return: "收到的文件无法汇总（不是本工具的填报：可能复制到了新工作簿），请用下发的原表重填",
  old_xls: "收到的文件无法汇总（是旧版 .xls 格式），请在 Excel、WPS 或 LibreOffice 中另存为 .xlsx 后再汇总",
  other_format: "收到的文件无法汇总（不是 .xlsx 格式，如 .ods、.xlsb、.et），请另存为 .xlsx 后再汇总",
  csv: "收到的文件无法汇总（是 CSV 文本，只有数值，不能还原为填报），请用下发的原表重填",
  encrypted: "收到的文件无法汇总（设置了打开密码），请取消密码后另存为 .xlsx 再汇总",
  damaged: "收到的文件无法汇总（文件已损坏或不完整），请该单位重新发送",
};

export const UNUSABLE_EN: Record<UnusableReason, string> = {
  not_return: "the file received cannot be summed (not a plan-returns return: perhaps copied into a new workbook); ask for it again in the distributed file",
  old_xls: "the file received cannot be summed (an old .xls workbook); save it as .xlsx in Excel, WPS or LibreOffice and summarise again",
  other_format: "the file received cannot be summed (not an .xlsx: .ods, .xlsb, .et…); save it as .xlsx and summarise again",
  csv: "the file received cannot be summed (CSV text: values only, it cannot be made a return again); ask for it again in the distributed file",
  encrypted: "the file received cannot be summed (it has a password to open); remove the password, save as .xlsx and summarise again",
  damaged: "the file received cannot be summed (damaged or incomplete); ask the unit to send it again",
};

/** The short words beside a unit's name in the ledger sheet and the counts line. */
export const UNUSABLE_SHORT = "收到的文件无法汇总";
