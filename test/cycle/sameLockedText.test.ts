import { sameLockedText } from "../../src/cycle/sameLockedText";

// a lock made before the reader read CR LF as LF kept the CR: the same 说明 re-saved is not 锁定后被改动
test.each<[string, string, string, boolean]>([
  ["the same text", "受疫情影响\n已采取措施", "受疫情影响\n已采取措施", true],
  ["CR LF at lock, LF now", "受疫情影响\r\n已采取措施", "受疫情影响\n已采取措施", true],
  ["another text", "受疫情影响\r\n已采取措施", "受疫情影响\n未采取措施", false],
  ["a line break added", "受疫情影响已采取措施", "受疫情影响\n已采取措施", false],
  ["a CR alone is not a CR LF", "受疫情影响\r已采取措施", "受疫情影响\n已采取措施", false],
])("%s: %s", (_why, accepted, now, same) => {
  expect(sameLockedText(accepted, now)).toBe(same);
});
