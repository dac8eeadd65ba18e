/**
 * A 53-bit FNV-style hash of the strings fed to it, in order, as hex: the fingerprint returnContent and tableContent
 * keep of what a return holds (equal text fed equally gives equal hex; not a cryptographic hash, a fingerprint to
 * tell a copy from another return).
 */
export interface ContentHasher { feed: (s: string) => void; digest: () => string }

/** A fresh hasher (contentHasher's shape); `digest` may be read once, after the last `feed`. */
export function contentHasher(): ContentHasher {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  return {
    feed: (s) => {
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
      }
    },
    digest: () => {
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
    },
  };
}
