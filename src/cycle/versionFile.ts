import type { PassedOverVersion } from "./planVersions";
import type { UnusableFile } from "./UnusableFile";

/**
 * A return on another plan or another version of the plan than the one used (planVersions), as a
 * file passed over (reason `other_plan` / `other_version`, with what differs): named, not summed or
 * evaluated, its unit chased as one whose file came but cannot be used. `cover`: its 填报单位.
 */
export function versionFile(x: PassedOverVersion): UnusableFile {
  return { file: x.file, reason: x.reason, message: "", ...(x.unit ? { cover: x.unit } : {}), version: x.version };
}
