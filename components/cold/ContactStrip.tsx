import type { CalendarMonth } from '../../utils/cold/months';
import type { Language } from '../../utils/domain/model';
import { stripLabel } from './cold-text';
import './cold.css';

const BAR = { wide: { width: 6, gap: 2, height: 26 }, compact: { width: 8, gap: 2, height: 20 } } as const;
/** One contact in a month is a quarter of the height, however quiet the rest: a glance compares rows. */
const MIN_SCALE = 4;
const BAR_KINDS = ['none', 'before', 'recent'] as const;
type BarKind = (typeof BAR_KINDS)[number];

interface ContactStripProps {
  months: readonly CalendarMonth[];
  counts: readonly number[];
  language: Language;
  size?: keyof typeof BAR;
}

/**
 * Contact per month as bars, oldest on the left. With two years, the 12 months before are drawn muted
 * and the last 12 in the accent colour, split by a gap: a fall shows as the right half emptying.
 * Screen readers get the numbers (an image with a text alternative).
 */
export function ContactStrip({ months, counts, language, size = 'wide' }: ContactStripProps) {
  const { width, gap, height } = BAR[size];
  const split = counts.length > 12 ? counts.length - 12 : 0;
  const scale = Math.max(MIN_SCALE, ...counts);
  const x = (index: number) => index * (width + gap) + (split > 0 && index >= split ? gap * 2 : 0);
  const total = x(counts.length - 1) + width;
  const bars: Record<BarKind, string> = { none: '', before: '', recent: '' };
  counts.forEach((count, index) => {
    const barHeight = count === 0 ? 2 : Math.max(4, Math.round((Math.min(count, scale) / scale) * height));
    const kind: BarKind = count === 0 ? 'none' : index < split ? 'before' : 'recent';
    bars[kind] += `M${x(index)} ${height - barHeight}h${width}v${barHeight}h${-width}z`;
  });
  // One path per kind of bar: a screenful of rows draws a few elements each, not 24.
  return (
    <svg
      className={`contact-strip contact-strip-${size}`}
      role="img"
      aria-label={stripLabel(months, counts, language)}
      width={total}
      height={height}
      viewBox={`0 0 ${total} ${height}`}
      data-testid="contact-strip"
    >
      {BAR_KINDS.map((kind) => (bars[kind] ? <path key={kind} className={`bar bar-${kind}`} d={bars[kind]} /> : null))}
    </svg>
  );
}
