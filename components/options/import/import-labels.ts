import { t, type MessageKey } from '../../../utils/i18n';
import type { FileEncoding } from '../../../utils/transfer/decode-file';
import type { NamedFrom } from '../../../utils/transfer/fallback-name';
import type { FilePosition, PeopleFormat } from '../../../utils/transfer/imported-person';
import { describePosition } from '../../../utils/transfer/imported-person';
import type { SkipReason } from '../../../utils/transfer/import-plan';

export const FORMAT_LABELS: Record<PeopleFormat | 'rapport-json', MessageKey> = {
  'linkedin-csv': 'optFormatLinkedin',
  'google-csv': 'optFormatGoogle',
  'rapport-csv': 'optFormatRapportCsv',
  vcard: 'optFormatVcard',
  'outlook-csv': 'importFormatOutlook',
  'thunderbird-csv': 'importFormatThunderbird',
  'rapport-json': 'optFormatBackup',
};

export const NAMED_FROM_LABELS: Record<NamedFrom, MessageKey> = {
  organisation: 'importNamedFrom_organisation',
  email: 'importNamedFrom_email',
  linkedin: 'importNamedFrom_linkedin',
  phone: 'importNamedFrom_phone',
};

/** Names of encodings as Windows and spreadsheets show them. */
export const ENCODING_LABELS: Record<Exclude<FileEncoding, 'utf-8'>, string> = {
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
};

export const SKIP_REASON_LABELS: Record<SkipReason, MessageKey> = {
  'no-name-or-identity': 'optSkipNoIdentity',
  'already-known': 'optSkipKnown',
  'same-name-without-identity': 'optSkipSameName',
};

/** "Line 7", "Card 2 (line 14)" in the UI language; undefined when the position is unknown. */
export function positionLabel(position: FilePosition): string | undefined {
  if (position.card !== undefined) {
    return position.line !== undefined ? t('optPositionCardLine', [String(position.card), String(position.line)]) : t('optPositionCard', String(position.card));
  }
  return position.line !== undefined ? t('optPositionLine', String(position.line)) : undefined;
}

/** A parser's message starts with its position in English; the UI shows the position in its own language instead. */
export function problemText(position: FilePosition, message: string): { where?: string; what: string } {
  const prefix = `${describePosition(position)}: `;
  const where = positionLabel(position);
  if (where && message.startsWith(prefix)) return { where, what: message.slice(prefix.length) };
  return { what: message };
}
