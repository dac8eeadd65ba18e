/** Type declarations for scripts/inlineScriptCsp.js (CommonJS webpack helper). */
export declare function withInlineScriptHashes(html: string): string;
export declare class InlineScriptCsp {
  apply(compiler: unknown): void;
}
