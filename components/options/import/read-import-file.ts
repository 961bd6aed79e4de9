import { MAX_BACKUP_CHARACTERS } from '../../../utils/messaging/requests/options';
import { decodeFileBytes, type FileEncoding } from '../../../utils/transfer/decode-file';

export type FileText =
  | { ok: true; text: string; encoding: FileEncoding }
  | { ok: false; problem: 'too-large' | 'unreadable'; detail?: string };

/** The file's text in the encoding its bytes show (see `decodeFileBytes`); a byte order mark is dropped. */
export async function readImportFile(file: Blob): Promise<FileText> {
  if (file.size > MAX_BACKUP_CHARACTERS) return { ok: false, problem: 'too-large' };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, ...decodeFileBytes(new Uint8Array(bytes)) };
}
