import type { Lang } from "./fileMessages";
import { LANG_ENV } from "./langOption";

/**
 * The language of a run, before commander reads the command line, so that every line (usage
 * errors included) is in it: the last `--lang X` or `--lang=X` anywhere in argv (before or after
 * the command name), else the environment's PLAN_RETURNS_LANG, else zh. A value other than zh or
 * en, given anywhere (`--lang fr --lang en` too), is refused in one line in both languages, as it
 * is not known which one the person reads.
 */
export function chosenLang(argv: readonly string[], env: NodeJS.ProcessEnv): { ok: true; lang: Lang } | { ok: false; message: string } {
  const values: string[] = [];
  argv.forEach((a, i) => {
    const next = argv[i + 1];
    if (a === "--lang" && next !== undefined) values.push(next);
    else if (a.startsWith("--lang=")) values.push(a.slice("--lang=".length));
  });
  // an unknown value anywhere is refused here, as when it is the only one: else commander would refuse it in its own English
  const given = values.find((x) => x !== "zh" && x !== "en") ?? values[values.length - 1];
  const fromEnv = env[LANG_ENV];
  const value = given ?? (fromEnv === undefined || fromEnv === "" ? "zh" : fromEnv);
  if (value === "zh" || value === "en") return { ok: true, lang: value };
  return {
    ok: false,
    message: given !== undefined
      ? `错误：--lang 的取值「${value}」无效，可选 zh 或 en / Error: --lang "${value}" is not a language here; use zh or en\n`
      : `错误：环境变量 ${LANG_ENV} 的取值「${value}」无效，可选 zh 或 en / Error: the environment variable ${LANG_ENV} is "${value}", not a language here; use zh or en\n`,
  };
}
