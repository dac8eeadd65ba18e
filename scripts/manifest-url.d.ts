/** Type declarations for scripts/manifest-url.js (CommonJS helper). */
export declare const DEV_URL: string;
export declare const DEV_ORIGIN: string;
export declare function normalizeBaseUrl(raw: string): string;
export declare function rewriteManifestUrls(xml: string, baseUrl: string): string;
export declare function builtManifest(xml: string, baseUrl: string | null): string;
