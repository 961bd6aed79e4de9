/** Keys that could reach an object's prototype when copied around: never kept from untrusted JSON. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * `JSON.parse` that drops `__proto__`, `constructor` and `prototype` keys at every depth.
 * (`JSON.parse` itself makes them plain own properties; dropping them keeps later copies harmless.)
 */
export function parseJsonWithoutUnsafeKeys(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
}

/**
 * The JSON form of a value with object keys sorted (code-unit order) at every depth, unsafe keys
 * dropped and `toJSON`/`undefined` handled as `JSON.stringify` does. Objects are built with
 * `Object.fromEntries`, which defines keys instead of assigning them.
 */
export function canonicalJsonValue(value: unknown): unknown {
  const plain: unknown = value === undefined ? undefined : parseJsonWithoutUnsafeKeys(JSON.stringify(value) ?? 'null');
  return sortKeys(plain);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.keys(value)
    .sort()
    .map((key): [string, unknown] => [key, sortKeys((value as Record<string, unknown>)[key])]);
  return Object.fromEntries(entries);
}
