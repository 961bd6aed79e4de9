const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A moment as LinkedIn's export writes it: `2024-12-16 10:21:33 UTC` (since about 2021), `10/16/18, 8:36 AM`
 * (2018, US order, local time), `07 Dec 2025` (a day, taken at noon local time). Undefined when it is none.
 */
export function parseLinkedinMoment(value: string): number | undefined {
  const text = value.trim().replace(/\u00a0/g, ' ');
  // The export writes UTC, whether it says so or not.
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\s*(?:UTC|GMT|Z))?$/i.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s] = iso;
    const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)] as const;
    const at = Date.UTC(...parts);
    return validDate(at, parts[0], parts[1], parts[2]);
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?$/i.exec(text);
  if (us) {
    const [, mo, d, y, h, mi, s, half] = us;
    const year = Number(y) < 100 ? 2000 + Number(y) : Number(y);
    let hour = Number(h) % (half ? 12 : 24);
    if (half?.toUpperCase() === 'PM') hour += 12;
    const at = new Date(year, Number(mo) - 1, Number(d), hour, Number(mi), Number(s ?? 0)).getTime();
    return validDate(at, year, Number(mo) - 1, Number(d), true);
  }
  const day = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?[ -](\d{2}|\d{4})$/.exec(text);
  if (day) {
    const month = MONTHS.indexOf((day[2] ?? '').toLowerCase());
    const year = Number(day[3]) < 100 ? 2000 + Number(day[3]) : Number(day[3]);
    if (month < 0) return undefined;
    return validDate(new Date(year, month, Number(day[1]), 12).getTime(), year, month, Number(day[1]), true);
  }
  return undefined;
}

/** Rejects 31 February and friends (Date rolls them over). */
function validDate(at: number, year: number, month: number, day: number, local = false): number | undefined {
  if (!Number.isFinite(at)) return undefined;
  const date = new Date(at);
  const [y, m, d] = local ? [date.getFullYear(), date.getMonth(), date.getDate()] : [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  return y === year && m === month && d === day ? at : undefined;
}
