import quotedPrintable from 'quoted-printable';

/**
 * vCard 2.1 QUOTED-PRINTABLE: `quoted-printable` turns `=C3=BC` into bytes, the CHARSET parameter
 * (default UTF-8) turns the bytes into text. Soft line breaks must already be joined.
 */
export function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  const byteString = quotedPrintable.decode(value);
  if (/[\u0100-\uffff]/.test(byteString)) return value;
  const bytes = Uint8Array.from(byteString, (character) => character.charCodeAt(0));
  return decoderFor(charset).decode(bytes);
}

function decoderFor(charset: string | undefined): TextDecoder {
  try {
    return new TextDecoder(charset?.trim() || 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** Splits a structured value (N, ORG) at unescaped `;` and unescapes each component. */
export function structuredComponents(value: string): string[] {
  return splitUnescaped(value, ';');
}

/** Splits at each `separator` that no backslash escapes, and unescapes each part. */
export function splitUnescaped(value: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index += 1) {
    const character = value[index] as string;
    if (character === '\\' && index + 1 < value.length) {
      current += character + (value[index + 1] as string);
      index += 1;
    } else if (character === separator) {
      parts.push(unescapeText(current));
      current = '';
    } else {
      current += character;
    }
  }
  parts.push(unescapeText(current));
  return parts;
}

/** RFC 6350 §3.4 / RFC 2426 text escapes: `\\`, `\,`, `\;`, `\n` / `\N`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\s\S])/g, (_escape, character: string) => (character === 'n' || character === 'N' ? '\n' : character));
}
