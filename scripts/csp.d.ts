/** Type declarations for scripts/csp.js (CommonJS helper). */
export declare function contentSecurityPolicy(opts?: { devServerOrigin?: string; scriptHashes?: string[] }): string;
/** "sha256-<base64>" of an inline script's exact text, for script-src. */
export declare function inlineScriptHash(text: string): string;
