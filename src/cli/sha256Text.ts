import { createHash } from "node:crypto";

/** sha256 of a text's UTF-8 bytes, hex: the fingerprint hash of a lock record (src/cycle/LockRecord.ts). */
export function sha256Text(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
