/** Encodings an import file is read in; anything else is read as Windows-1252, which decodes every byte. */
export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedFile {
  text: string;
  encoding: FileEncoding;
}

/** How many leading bytes the UTF-16-without-BOM guess looks at. */
const SNIFF_BYTES = 4096;

/**
 * The text of an import file as its bytes say: a byte order mark (UTF-8, UTF-16 LE/BE) decides; without one,
 * text that is every other byte zero is UTF-16, valid UTF-8 is UTF-8, and anything else is Windows-1252 (what
 * Excel and Outlook on a German or English Windows write). Never throws; the mark is not part of the text.
 */
export function decodeFileBytes(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decoded(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes.subarray(2), 'utf-16be');
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return decoded(bytes, utf16);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decoded(bytes, 'windows-1252');
  }
}

function decoded(bytes: Uint8Array, encoding: FileEncoding): DecodedFile {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: encoding === 'windows-1252' ? text.replace(C1_CONTROLS, (c1) => WINDOWS_1252_C1[c1.charCodeAt(0) - 0x80] ?? c1) : text, encoding };
}

/**
 * Bytes 0x80-0x9F of Windows-1252 (€, ‚, „, …, ™, Š, Ÿ…); browsers decode them so, but some runtimes decode
 * "windows-1252" as Latin-1 and leave C1 controls, which no real text holds. Undefined bytes stay as they are.
 */
const WINDOWS_1252_C1 = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'];
const C1_CONTROLS = /[\u0080-\u009F]/g;

/** Mostly-Latin text in UTF-16 has a zero in every high byte: at least 90% of them, and hardly any low ones. */
function utf16WithoutMark(bytes: Uint8Array): FileEncoding | undefined {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros >= pairs * 0.9 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.9 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return undefined;
}
