import type { Lang } from "./fileMessages";
import { LANG_ENV } from "./langOption";

/**
 * The language of a run, before commander reads the command line, so that every line (usage
 * errors included) is in it: the last `--lang X` or `--lang=X` anywhere in argv (before or after
 * the command name), else the environment's PLAN_RETURNS_LANG, else zh. A value other than zh or
 * en is refused in one line in both languages, as it is not known which one the person reads.
 */
export function chosenLang(argv: readonly string[], env: NodeJS.ProcessEnv): { ok: true; lang: Lang } | { ok: false; message: string } {
  let given: string | undefined;
  argv.forEach((a, i) => {
    if (a === "--lang" && argv[i + 1] !== undefined) given = argv[i + 1];
    else if (a.startsWith("--lang=")) given = a.slice("--lang=".length);
  });
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
