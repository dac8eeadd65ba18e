import { buildProgram } from "../../src/cli/main";

// --help under --lang en: every option of every command says what it does in Chinese first, then in English
const program = buildProgram(() => undefined, () => undefined, () => undefined);
const options = program.commands.flatMap((c) => [...c.options, program.createHelp().visibleOptions(c).find((o) => o.long === "--help")!]
  .map((o): [string, string, string] => [c.name(), o.flags, o.description]));

describe("--help: every option is described in Chinese and in English", () => {
  test.each(options)("%s %s", (_command, _flags, description) => {
    expect(description).toMatch(/[\u4e00-\u9fff][^/]*\/ .*[A-Za-z]{3}/);
  });
  test.each(program.commands.map((c) => [c.name(), c.description()]))("%s's title", (_command, title) => {
    expect(title).toMatch(/[\u4e00-\u9fff][^/]*\/ .*[A-Za-z]{3}/);
  });
});

// session 44 kept a file --force replaces when it held something else; session 45: every --force says so, in both languages
describe("--help: --force says where a replaced file is kept", () => {
  test.each(options.filter(([, flags]) => flags === "--force"))("%s %s", (_command, _flags, description) => {
    const [zh, en] = description.split("/ ");
    expect(zh).toContain("另存到旁边的「被替换的旧文件」文件夹");
    expect(en).toContain("kept in the 被替换的旧文件 (replaced files) folder beside it");
  });
});
