import * as v from 'valibot';
import type { Agreement, Contact, Interaction, Organisation, Timestamp } from '../domain/model';
import type { BackupV1 } from './backup-schema';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupV1Schema } from './backup-schema';
import { canonicalJsonValue, parseJsonWithoutUnsafeKeys } from './safe-json';
import { lineAt, stripByteOrderMark } from './text-input';

export interface BackupData {
  contacts: readonly Contact[];
  interactions: readonly Interaction[];
  agreements: readonly Agreement[];
  organisations?: readonly Organisation[];
  settings?: Record<string, unknown>;
  /** The user's draft templates (own ones and edits of built-ins); they live outside the database. */
  templates?: readonly object[];
}

export interface BackupError {
  message: string;
  /** Where in the data, e.g. `contacts[3].emails[0]`. */
  path?: string;
  /** For JSON syntax errors. */
  line?: number;
}

export type BackupParseResult = { ok: true; backup: BackupV1 } | { ok: false; error: BackupError };

/**
 * Rapport's backup as JSON: top-level keys in a fixed order, every object's keys sorted, two-space
 * indent, trailing newline; so export -> parse -> export is byte-identical. The data is written as
 * given (it is not validated here: a backup must never be refused), `__proto__`-like keys are dropped.
 */
export function exportBackup(data: BackupData, exportedAt: Timestamp): string {
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    contacts: canonicalJsonValue(data.contacts),
    interactions: canonicalJsonValue(data.interactions),
    agreements: canonicalJsonValue(data.agreements),
    ...(data.organisations === undefined ? {} : { organisations: canonicalJsonValue(data.organisations) }),
    ...(data.settings === undefined ? {} : { settings: canonicalJsonValue(data.settings) }),
    ...(data.templates === undefined ? {} : { templates: canonicalJsonValue(data.templates) }),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** Parses and strictly validates a backup; the first problem is reported with its path. Never throws. */
export function parseBackup(text: string): BackupParseResult {
  const source = stripByteOrderMark(text);
  let value: unknown;
  try {
    value = parseJsonWithoutUnsafeKeys(source);
  } catch (error) {
    return { ok: false, error: syntaxError(source, error) };
  }
  const header = checkHeader(value);
  if (header) return { ok: false, error: header };
  const result = v.safeParse(BackupV1Schema, value, { abortEarly: true });
  if (!result.success) return { ok: false, error: issueError(result.issues[0]) };
  const reference = checkReferences(result.output);
  return reference ? { ok: false, error: reference } : { ok: true, backup: result.output };
}

function syntaxError(source: string, error: unknown): BackupError {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(detail)?.[1];
  const line = position === undefined ? lineAt(source, source.length) : lineAt(source, Number(position));
  return { line, message: `Line ${line}: not valid JSON (${detail})` };
}

/** Format and version first, so an unknown version is named as such rather than as a field error. */
function checkHeader(value: unknown): BackupError | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { message: 'Not a Rapport backup: the file does not contain a JSON object' };
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) {
    return { path: 'format', message: `Not a Rapport backup: "format" is ${describe(format)}, expected "${BACKUP_FORMAT}"` };
  }
  if (version === BACKUP_VERSION) return undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return {
      path: 'version',
      message: `Backup version ${version} was written by a newer Rapport; this version reads version ${BACKUP_VERSION} only`,
    };
  }
  if (version === undefined) return { path: 'version', message: `The backup has no "version" (expected ${BACKUP_VERSION})` };
  return { path: 'version', message: `Unknown backup version ${describe(version)} (expected ${BACKUP_VERSION})` };
}

function issueError(issue: v.BaseIssue<unknown> | undefined): BackupError {
  if (!issue) return { message: 'The backup is not valid' };
  const path = formatPath(issue.path ?? []);
  const unknownField = issue.type === 'strict_object' && issue.expected === 'never';
  const missingField = issue.type === 'strict_object' && issue.received === 'undefined';
  const problem = unknownField ? 'unknown field' : missingField ? 'missing' : issue.message;
  return { path, message: `${path || 'backup'}: ${problem}` };
}

/** `contacts[3].emails[0]`; keys that are not plain names are quoted: `settings["a b"]`. */
export function formatPath(path: ReadonlyArray<{ key: unknown }>): string {
  return path
    .map(({ key }, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return index === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}

/** Ids unique per store, and every reference points at a record in the backup. */
function checkReferences(backup: BackupV1): BackupError | undefined {
  const contactIds = new Set<string>();
  const interactionIds = new Set<string>();
  const agreementIds = new Set<string>();
  const organisationIds = new Set<string>();
  const problem = (path: string, text: string): BackupError => ({ path, message: `${path}: ${text}` });
  for (const [index, organisation] of (backup.organisations ?? []).entries()) {
    if (organisationIds.has(organisation.id)) return problem(`organisations[${index}].id`, `duplicate id ${JSON.stringify(organisation.id)}`);
    organisationIds.add(organisation.id);
  }
  const unknownOrganisation = (id: string | undefined) => id !== undefined && backup.organisations !== undefined && !organisationIds.has(id);
  for (const [index, contact] of backup.contacts.entries()) {
    if (contactIds.has(contact.id)) return problem(`contacts[${index}].id`, `duplicate id ${JSON.stringify(contact.id)}`);
    contactIds.add(contact.id);
    if (unknownOrganisation(contact.organisationId)) {
      return problem(`contacts[${index}].organisationId`, `no organisation with id ${JSON.stringify(contact.organisationId)}`);
    }
  }
  for (const [index, interaction] of backup.interactions.entries()) {
    if (interactionIds.has(interaction.id)) {
      return problem(`interactions[${index}].id`, `duplicate id ${JSON.stringify(interaction.id)}`);
    }
    interactionIds.add(interaction.id);
    if (!contactIds.has(interaction.contactId)) {
      return problem(`interactions[${index}].contactId`, `no contact with id ${JSON.stringify(interaction.contactId)}`);
    }
  }
  for (const [index, agreement] of backup.agreements.entries()) {
    if (agreementIds.has(agreement.id)) return problem(`agreements[${index}].id`, `duplicate id ${JSON.stringify(agreement.id)}`);
    agreementIds.add(agreement.id);
    if (!contactIds.has(agreement.contactId)) {
      return problem(`agreements[${index}].contactId`, `no contact with id ${JSON.stringify(agreement.contactId)}`);
    }
    if (unknownOrganisation(agreement.organisationId)) {
      return problem(`agreements[${index}].organisationId`, `no organisation with id ${JSON.stringify(agreement.organisationId)}`);
    }
    if (agreement.interactionId !== undefined && !interactionIds.has(agreement.interactionId)) {
      return problem(`agreements[${index}].interactionId`, `no interaction with id ${JSON.stringify(agreement.interactionId)}`);
    }
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
