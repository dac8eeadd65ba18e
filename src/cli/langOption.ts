import { Option } from "commander";

/** The environment variable that sets the language once for every run (`PLAN_RETURNS_LANG=en`); --lang overrides it. */
export const LANG_ENV = "PLAN_RETURNS_LANG";

/**
 * The --lang option every command takes: `zh` (default) or `en`, the language of the
 * messages and lists it prints; anything else is a usage error (commander's choices), so a
 * mistyped `--lang fr` is never read silently as Chinese. Not given after the command name, it is
 * the one given before it or LANG_ENV (chosenLang, set by main's preAction hook): not commander's
 * `.env()`, which refuses an empty variable and says so in English only.
 */
export function langOption(description = "语言 / language"): Option {
  return new Option("--lang <zh|en>", description).choices(["zh", "en"]).default("zh", `zh, or ${LANG_ENV}`);
}
