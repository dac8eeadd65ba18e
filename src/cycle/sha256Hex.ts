import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/**
 * sha256 of a text's UTF-8 bytes, hex (64 lowercase digits): the lock record's fingerprint hash
 * (LockRecord) where node:crypto is not there (the task pane, whose WebCrypto digest is
 * asynchronous while applyLock runs inside one synchronous plan). @noble/hashes, an audited
 * library, rather than our own SHA-256; gives the same hex as the CLI's sha256Text (node:crypto).
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
