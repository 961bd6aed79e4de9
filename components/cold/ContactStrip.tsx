import type { CalendarMonth } from '../../utils/cold/months';
import type { Language } from '../../utils/domain/model';
import { stripLabel } from './cold-text';
import './cold.css';

const BAR = { wide: { width: 6, gap: 2, height: 26 }, compact: { width: 8, gap: 2, height: 20 } } as const;
/** One contact in a month is a quarter of the height, however quiet the rest: a glance compares rows. */
const MIN_SCALE = 4;

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
      {counts.map((count, index) => {
        const barHeight = count === 0 ? 2 : Math.max(4, Math.round((Math.min(count, scale) / scale) * height));
        const kind = count === 0 ? 'none' : index < split ? 'before' : 'recent';
        return <rect key={months[index] ?? index} className={`bar bar-${kind}`} x={x(index)} y={height - barHeight} width={width} height={barHeight} rx={1} />;
      })}
    </svg>
  );
}
