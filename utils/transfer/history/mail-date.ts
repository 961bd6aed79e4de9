const MONTHS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };
/** RFC 5322's obsolete zone names, plus the European ones old mailers and mbox postmarks write. */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, cet: 60, met: 60, mez: 60, cest: 120, mest: 120, mesz: 120, eet: 120, eest: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

/**
 * An email `Date:` header (`Tue, 14 Mar 2000 09:00:00 +0100 (CET)`, two-digit years, missing seconds, zone names)
 * as a timestamp; undefined when it holds no date. A missing or unknown zone is taken as UTC.
 */
export function parseMailDate(value: string): number | undefined {
  const match = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?/.exec(value);
  if (!match) return undefined;
  const [, day, monthName, yearText, hour, minute, second, zone] = match;
  return moment(Number(yearText), monthName as string, Number(day), Number(hour), Number(minute), Number(second ?? 0), zone);
}

/** The date of an mbox `From ` line, asctime style: `From a@b Tue Mar 14 09:00:00 2000` (zone names optional). */
export function parsePostmarkDate(postmark: string): number | undefined {
  const match = /([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([A-Za-z]{1,5}|[+-]\d{4})\s+)?(\d{4})/.exec(postmark.replace(/^From \S+\s+/, ''));
  if (!match) return undefined;
  const [, monthName, day, hour, minute, second, zone, year] = match;
  return moment(Number(year), monthName as string, Number(day), Number(hour), Number(minute), Number(second ?? 0), zone);
}

function moment(yearValue: number, monthName: string, day: number, hour: number, minute: number, second: number, zone: string | undefined): number | undefined {
  const month = MONTHS[monthName.toLowerCase()];
  if (month === undefined || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const year = yearValue < 50 ? 2000 + yearValue : yearValue < 100 ? 1900 + yearValue : yearValue;
  const at = Date.UTC(year, month, day, hour, minute, Math.min(second, 59)) - offsetMinutes(zone) * 60_000;
  return new Date(Date.UTC(year, month, day)).getUTCDate() === day ? at : undefined;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return ZONES[zone.toLowerCase()] ?? 0;
}
