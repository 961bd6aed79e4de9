export type JsonRecord = Record<string, unknown>;

export function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A string, or the first string of an array (JSON-LD allows both). */
export function firstString(value: unknown): string | undefined {
  return Array.isArray(value) ? value.map(stringOf).find(Boolean) : stringOf(value);
}

/** The first record of a record or an array of them. */
export function firstRecord(value: unknown): JsonRecord | undefined {
  return Array.isArray(value) ? value.find(isRecord) : isRecord(value) ? value : undefined;
}
