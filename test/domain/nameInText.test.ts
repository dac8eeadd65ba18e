import { nameInText } from "../../src/domain/nameInText";

test.each([
  ["full-width colon", "其中：高速铁路营业里程", "高速铁路营业里程"],
  ["ASCII colon and spaces", " 其中: 高速铁路营业里程", "高速铁路营业里程"],
  ["a name without it", "铁路营业里程", "铁路营业里程"],
  ["其中 inside a name is kept", "铁路营业里程其中：高铁", "铁路营业里程其中：高铁"],
])("%s", (_why, name, quoted) => {
  expect(nameInText(name)).toBe(quoted);
});
