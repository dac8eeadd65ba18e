import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildProgram } from "../../src/cli/main";

/**
 * The CLI reference (docs/cli-reference.md, moved out of the README so that a newcomer can read the README top to
 * bottom) documents every command and option: each command has a section (`<a id="<command>">`) that the README's
 * command table links to, and each long option of a command is named in that command's part of the reference (its
 * section, its English section `<command>-en`, or its `--help` block `<command>-options`).
 */
const program = buildProgram(() => undefined, () => undefined, () => undefined);
const reference = readFileSync(join(__dirname, "../../docs/cli-reference.md"), "utf8");
const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
const commands = program.commands.filter((c) => c.name() !== "help");

/** The text from each anchor of `command` (`<command>`, `<command>-en`, `<command>-options`) to the next other anchor. */
function partOf(command: string): string {
  const own = new RegExp(`<a id="${command}(?:-en|-options)?"></a>([\\s\\S]*?)(?=<a id="(?!${command}-)|$)`, "g");
  return [...reference.matchAll(own)].map((m) => m[1]).join("\n");
}

describe("docs/cli-reference.md documents every command and option", () => {
  test.each(commands.map((c) => [c.name()]))("%s has a section, linked from the README's command table", (name) => {
    expect(reference).toContain(`<a id="${name}"></a>`);
    expect(readme).toContain(`](docs/cli-reference.md#${name})`);
  });
  test.each(commands.flatMap((c) => c.options.map((o) => [c.name(), o.long ?? o.flags])))("%s %s", (name, option) => {
    expect(partOf(name)).toMatch(new RegExp(`${option}\\b`));
  });
});
