import { run } from "../../src/cli/main";

/** Runs the CLI in-process and collects its exit code, stdout and stderr. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}
