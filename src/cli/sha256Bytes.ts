import { createHash } from "node:crypto";

/** sha256 of bytes, hex (64 lowercase digits): a file's snapshot hash (writeFileSafely) and what demo records it wrote (demoRecord). */
export function sha256Bytes(b: Uint8Array): string {
  return createHash("sha256").update(b).digest("hex");
}
