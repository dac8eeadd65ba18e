import { resolve } from "node:path";
import { ownWorkbookKind, type OwnWorkbookKind } from "../cycle/ownWorkbookKind";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { sameFileOnDisk } from "./sameFileOnDisk";
import { workbookFiles } from "./workbookFiles";

/**
 * Every file a command reads, for refuseExisting and writeFileSafely's `inputs`: the files named, every workbook
 * of a folder named (as workbookFiles lists them: a county's return passed over is still its return), and
 * `also` (--ledger, --previous, --city, --rules, --replaces, --from). `replaceable`: the command's own output of
 * an earlier run found in a folder it reads (summary writes into the folder it sums, the guide says so): when
 * `out` is that file and it holds that kind of workbook (ownWorkbookKind), it is no input and --force may
 * replace it; a unit's return or the 报送台账 there never.
 */
export async function readInputs(paths: readonly string[], also: readonly string[] = [],
  replaceable?: { out: string; kind: OwnWorkbookKind }): Promise<string[]> {
  const { files, inFolder } = workbookFiles(paths);
  const kept: string[] = [];
  for (const f of files) {
    if (replaceable && inFolder.has(resolve(f)) && sameFileOnDisk(f, replaceable.out) && (await kindOf(f)) === replaceable.kind) continue;
    kept.push(f);
  }
  return [...kept, ...also];
}

async function kindOf(file: string): Promise<OwnWorkbookKind | null> {
  const loaded = await loadWorkbookFile(file);
  return loaded.ok ? ownWorkbookKind(loaded.grid) : null;
}
