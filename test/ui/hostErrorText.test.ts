import { hostErrorText } from "../../src/ui/shared/hostErrorText";

/** An error as Office.js gives it (OfficeExtension.Error): a code, a message in Office's language, where it failed. */
function officeError(code: string, message: string, errorLocation = "Range.values"): Error {
  const e = new Error(message) as Error & { code: string; debugInfo: { code: string; message: string; errorLocation: string } };
  e.name = "RichApi.Error";
  e.code = code;
  e.debugInfo = { code, message, errorLocation };
  e.stack = `RichApi.Error: ${message}\n    at new n (https://localhost:3000/excel-web-16.00.js:25:305196)`;
  return e;
}

describe("hostErrorText: one clear line in the pane's language, never a stack trace", () => {
  it.each([
    ["a protected sheet", officeError("AccessDenied", "The cell or chart that you are trying to change is protected and therefore read-only."), "zh", /^工作表受保护或没有编辑权限.*撤销工作表保护/],
    ["a protected sheet", officeError("AccessDenied", "The cell or chart that you are trying to change is protected and therefore read-only."), "en", /^The sheet is protected or you cannot edit it.*Unprotect Sheet/],
    ["cell edit mode", officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."), "zh", /^Excel 正在编辑单元格.*Enter 或 Esc/],
    ["cell edit mode", officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."), "en", /^Excel is editing a cell.*Enter or Esc/],
    ["a sheet gone", officeError("ItemNotFound", "The requested resource doesn't exist.", "Workbook.worksheets.getItem"), "zh", /^找不到要用的工作表或单元格.*重新校验/],
    ["Excel's internal error", officeError("GeneralException", "An internal error has occurred."), "zh", /^Excel 未能完成这一步.*重试/],
    ["Excel's internal error", officeError("GeneralException", "An internal error has occurred."), "en", /^Excel could not finish this step.*try again/],
    ["too much at once", officeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit."), "zh", /^一次要读写的内容超过了 Excel 的限制/],
  ] as const)("%s (%s)", (_what, e, lang, expected) => {
    const text = hostErrorText(e, lang);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/\n|Range\.values|RichApi|excel-web|at new/);
    if (lang === "en") expect(text).not.toMatch(/[\u3400-\u9fff]/);
  });

  it.each([
    ["an unknown Office code keeps Excel's own words and where", officeError("SomethingNew", "Something odd."), "Something odd. (Range.values)"],
    ["a multi-line message: the first line only", new Error("文件无法读取\n    at readXlsxZip (taskpane.js:1:2)"), "文件无法读取"],
    ["a thrown string", "boom", "boom"],
    ["a fault of the pane's own script is said as ours (a pane trial: 出错了：Cannot read properties of undefined)", new TypeError("Cannot read properties of undefined (reading 'values')"), "插件自身出错，这一步未完成：请重试；仍不行时，关闭并重新打开任务窗格，并把这段信息告知维护人员（Cannot read properties of undefined (reading 'values')）"],
    ["a RangeError too", new RangeError("Invalid array length"), "插件自身出错，这一步未完成：请重试；仍不行时，关闭并重新打开任务窗格，并把这段信息告知维护人员（Invalid array length）"],
    ["an object without a message", { foo: 1 }, "Excel 没有说明原因，这一步未完成：请重试；仍不行时，关闭并重新打开任务窗格"],
    ["a rejection with nothing: undefined", undefined, "Excel 没有说明原因，这一步未完成：请重试；仍不行时，关闭并重新打开任务窗格"],
    ["a rejection with nothing: null", null, "Excel 没有说明原因，这一步未完成：请重试；仍不行时，关闭并重新打开任务窗格"],
    ["an empty string", "", "Excel 没有说明原因，这一步未完成：请重试；仍不行时，关闭并重新打开任务窗格"],
  ] as const)("%s", (_what, e, expected) => {
    expect(hostErrorText(e, "zh")).toBe(expected);
  });
});
