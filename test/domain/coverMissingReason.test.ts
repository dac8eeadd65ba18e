import { unusableReason, unusableText } from "../../src/domain/UnusableReason";

/*
 * trial34 M2: a return whose 填报说明 sheet was deleted and whose year cannot be known (no made-for year in its metadata)
 * fell to the default reason, 文件已损坏或不完整, sending the manager to the wrong fix. checkGrid's cover_deleted is its own reason.
 */
test.each([
  ["zh", "summary", "「填报说明」表（封面）已被删除，无法得知报告年份", "损坏"],
  ["en", "report", "its 填报说明 sheet (the cover) was deleted, so the reporting year cannot be known", "damaged"],
] as const)("a deleted 填报说明 sheet is said as that, never as a damaged file (%s)", (lang, task, said, never) => {
  const reason = unusableReason("cover_deleted");
  expect(reason).toBe("cover_missing");
  const text = unusableText(reason, lang, task);
  expect(text).toContain(said);
  expect(text).toContain(lang === "zh" ? "复制回来" : "copy the 填报说明 sheet back");
  expect(text).not.toContain(never);
});
