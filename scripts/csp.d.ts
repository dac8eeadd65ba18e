/** Type declarations for scripts/csp.js (CommonJS helper). */
export declare function contentSecurityPolicy(opts?: { devServerOrigin?: string }): string;
