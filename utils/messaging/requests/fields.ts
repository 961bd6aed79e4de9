import * as v from 'valibot';
import { SITE_HOSTS } from '../sender';

/** Field schemas shared by every request table. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
export const calendarDate = v.pipe(v.string(), v.isoDate());
/** An https address on LinkedIn or Gmail: the only pages Rapport opens. */
export const siteUrl = v.pipe(
  v.string(),
  v.maxLength(8192),
  v.url(),
  v.check((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' && (SITE_HOSTS as readonly string[]).includes(url.hostname) && !url.username && !url.password && !url.port;
  }, 'Only https pages of LinkedIn and Gmail are opened.'),
);
export const emails = v.pipe(v.array(text(320)), v.maxLength(50));
export const CadenceSchema = v.pipe(
  v.object({ unit: v.picklist(['days', 'months']), count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3660)) }),
  v.check((cadence) => cadence.unit === 'days' || cadence.count <= 120, 'A cadence is at most 120 months.'),
);
/** An invoice amount in its currency's major unit (euros, not cents). */
export const amount = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e12));
/** An ISO 4217 code. */
export const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));
