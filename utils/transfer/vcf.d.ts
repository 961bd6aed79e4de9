/** The parts of `vcf` (jhermsmeier/node-vcf 2.x, CommonJS, no bundled types) that the importer uses. */
declare module 'vcf' {
  interface VCardProperty {
    /** Property name, camel-cased by the library (`X-ABLabel` -> `xAbLabel`). */
    readonly _field: string;
    /** Raw value (escapes and QUOTED-PRINTABLE left as in the file); undefined when empty. */
    valueOf(): string | undefined;
    is(type: string): boolean;
    /** Parameters as own enumerable keys, camel-cased; repeated ones become arrays. */
    [parameter: string]: unknown;
  }

  class VCard {
    constructor();
    version: string;
    /** Properties by camel-cased name; several of one name become an array. Not prototype-free. */
    data: Record<string, unknown>;
    /** Parses one card; throws on a missing BEGIN/END/VERSION or an unsupported version. */
    parse(text: string): VCard;
    static Property: new (field: string, value: string, params?: Record<string, unknown>) => VCardProperty;
  }

  export = VCard;
}
