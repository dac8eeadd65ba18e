import { Option } from "commander";

/**
 * The --lang option every command takes: `zh` (default) or `en`, the language of the
 * messages and lists it prints; anything else is a usage error (commander's choices), so a
 * mistyped `--lang fr` is never read silently as Chinese.
 */
export function langOption(description = "语言 / language"): Option {
  return new Option("--lang <zh|en>", description).choices(["zh", "en"]).default("zh");
}
