import { daysBetween, isCalendarDate } from '../schedule/calendar';
import type { Agreement, CalendarDate } from './model';

export const DEFAULT_CURRENCY = 'EUR';
/** Paid more than this many days after the due date counts as late for the warning. */
export const LATE_DAYS = 30;
/** The warning looks at this many of the latest paid invoices… */
export const WARNING_WINDOW = 4;
/** …and speaks when at least this many of them were paid late. */
export const WARNING_LATE = 3;

/** A sum in one currency, in its minor unit (cents; yen have none). */
export interface Money {
  currency: string;
  minor: number;
}

export interface PaymentRecord {
  /** Invoices marked paid. */
  paid: number;
  /** Paid invoices whose due and paid dates are both known: what the lateness figures are of. */
  timed: number;
  /** Average days paid after the due date (early counts as 0); undefined when no invoice is timed. */
  averageDaysLate?: number;
  /** Open invoices past their due date. */
  overdue: number;
  /** What those overdue invoices add up to, per currency; invoices without an amount are counted, not summed. */
  overdueAmounts: Money[];
  overdueWithoutAmount: number;
  /** "3 of the last 4 invoices paid more than 30 days late": set when a client habitually pays late. */
  lateWarning?: { late: number; of: number };
}

/** Fraction digits of a currency (EUR 2, JPY 0, BHD 3), as the platform knows it; 2 for an unknown code. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function toMinor(amount: number, currency: string): number {
  return Math.round(amount * 10 ** currencyDigits(currency));
}

export function formatMoney({ currency, minor }: Money, locale: string): string {
  const digits = currencyDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** digits);
  } catch {
    return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
  }
}

/** An amount typed by a person, German or English: `4.800,50`, `4,800.50`, `4800,5`, `1 200 €`; undefined when none. */
export function parseAmount(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f'€$£]|EUR|CHF|USD|GBP/gi, '');
  if (/^\d+$/.test(cleaned)) return Number(cleaned);
  const decimal = /^(\d+)[.,](\d{1,2})$/.exec(cleaned);
  if (decimal) return Number(`${decimal[1]}.${decimal[2]}`);
  // Groups of three after one kind of separator; a last part of one or two digits after the other is the decimal.
  const grouped = /^(\d{1,3}(?:([.,])\d{3})+)(?:([.,])(\d{1,2}))?$/.exec(cleaned);
  if (!grouped || (grouped[3] !== undefined && grouped[3] === grouped[2])) return undefined;
  const whole = (grouped[1] ?? '').replace(/[.,]/g, '');
  return Number(grouped[4] === undefined ? whole : `${whole}.${grouped[4]}`);
}

function validDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && isCalendarDate(value);
}

/** Days an invoice was paid after its due date (0 when on time or early); undefined when a date is missing. */
export function daysLate(invoice: Pick<Agreement, 'dueDate' | 'paidOn'>): number | undefined {
  if (!validDate(invoice.dueDate) || !validDate(invoice.paidOn)) return undefined;
  return Math.max(0, daysBetween(invoice.dueDate, invoice.paidOn));
}

/** The payment record of an organisation (or of anyone) from its invoice agreements. */
export function paymentRecordOf(agreements: readonly Agreement[], today: CalendarDate): PaymentRecord {
  const invoices = agreements.filter((agreement) => agreement.kind === 'invoice' && agreement.status !== 'cancelled');
  const paid = invoices.filter((invoice) => invoice.status === 'done');
  const timed = paid
    .map((invoice) => ({ invoice, late: daysLate(invoice) }))
    .filter((entry): entry is { invoice: Agreement; late: number } => entry.late !== undefined)
    .sort((a, b) => (b.invoice.paidOn as string).localeCompare(a.invoice.paidOn as string) || b.invoice.updatedAt - a.invoice.updatedAt);
  const overdue = invoices.filter((invoice) => invoice.status === 'open' && validDate(invoice.dueDate) && invoice.dueDate < today);
  const sums = new Map<string, number>();
  let withoutAmount = 0;
  for (const invoice of overdue) {
    if (typeof invoice.amount !== 'number' || !Number.isFinite(invoice.amount)) {
      withoutAmount += 1;
      continue;
    }
    const currency = invoice.currency ?? DEFAULT_CURRENCY;
    sums.set(currency, (sums.get(currency) ?? 0) + toMinor(invoice.amount, currency));
  }
  const latest = timed.slice(0, WARNING_WINDOW);
  const late = latest.filter((entry) => entry.late > LATE_DAYS).length;
  const record: PaymentRecord = {
    paid: paid.length,
    timed: timed.length,
    overdue: overdue.length,
    overdueAmounts: [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ currency, minor })),
    overdueWithoutAmount: withoutAmount,
  };
  if (timed.length > 0) record.averageDaysLate = timed.reduce((sum, entry) => sum + entry.late, 0) / timed.length;
  if (late >= WARNING_LATE) record.lateWarning = { late, of: latest.length };
  return record;
}
