// saxen 10 ships no types; only what parseXmlPart uses is declared.
declare module "saxen" {
  type Attrs = Record<string, string>;
  type Decode = (s: string) => string;
  export class Parser {
    constructor(options?: { proxy?: boolean });
    ns(map?: Record<string, string>): this;
    on(event: "openTag", cb: (name: string, attrs: () => Attrs, decode: Decode, selfClosing: boolean) => void): this;
    on(event: "closeTag", cb: (name: string, decode: Decode, selfClosing: boolean) => void): this;
    on(event: "text", cb: (value: string, decode: Decode) => void): this;
    on(event: "cdata" | "comment", cb: (value: string) => void): this;
    /** a processing instruction, `<?` to `?>` as written */
    on(event: "question", cb: (value: string) => void): this;
    on(event: "error" | "warn", cb: (err: Error) => void): this;
    parse(xml: string): Error | undefined;
    /** from a handler: parse() returns after the current event, without error */
    stop(): void;
  }
}

