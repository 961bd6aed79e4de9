import { MAX_BACKUP_CHARACTERS } from '../../../utils/messaging/requests/options';

export type FileText = { ok: true; text: string } | { ok: false; problem: 'too-large' | 'not-utf8' | 'unreadable'; detail?: string };

/** The file's text, decoded strictly as UTF-8 (a byte order mark is dropped): a wrongly encoded file is named as such. */
export async function readImportFile(file: Blob): Promise<FileText> {
  if (file.size > MAX_BACKUP_CHARACTERS) return { ok: false, problem: 'too-large' };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'not-utf8' };
  }
}
