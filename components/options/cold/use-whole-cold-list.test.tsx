// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ColdData } from '../../../utils/db/going-cold';
import { monthWindow } from '../../../utils/cold/months';
import { render, settle } from '../../shared/test-dom';
import { COLD_FIRST_ROWS, type ColdView } from './read-cold-view';
import { useWholeColdList } from './use-whole-cold-list';

const TODAY = '2026-12-04';
const DAY = 86_400_000;
const NOW = Date.parse('2026-12-04T11:00:00Z');

/** `count` monthly contacts, silent for 10, 20, 30… days, scored as the view scores them. */
function viewOf(count: number): ColdView {
  const data: ColdData = {
    today: TODAY,
    timeZone: 'UTC',
    window: monthWindow(TODAY, 24, 'UTC'),
    kept: Array.from({ length: count }, (_, index) => ({
      id: `c${index}`,
      displayName: `Person ${index}`,
      cadence: { unit: 'months', count: 1 },
      createdAt: NOW - 900 * DAY,
      lastContactAt: NOW - (index + 1) * 10 * DAY,
    })),
    times: new Map(),
  };
  return { data, first: { today: TODAY, months: data.window.months, rows: [], total: count } };
}

function Rows({ view }: { view: ColdView }) {
  const list = useWholeColdList(view);
  return <p>{list?.rows.length}</p>;
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
});

describe('useWholeColdList', () => {
  it('shows the first screenful, then every row once that is painted, and keeps them while a new read is scored', async () => {
    const view = viewOf(COLD_FIRST_ROWS + 20); // its first screenful left empty, to tell it from the whole list
    const rendered = await render(<Rows view={view} />);
    root = rendered.root;
    await settle();
    expect(rendered.container.textContent).toBe(String(COLD_FIRST_ROWS + 20));

    const next = viewOf(COLD_FIRST_ROWS + 5);
    await act(async () => {
      root?.render(<Rows view={next} />);
    });
    const shownMeanwhile = rendered.container.textContent;
    await settle();
    expect(shownMeanwhile).toBe(String(COLD_FIRST_ROWS + 20));
    expect(rendered.container.textContent).toBe(String(COLD_FIRST_ROWS + 5));
  });

  it('shows a list that fits the first screenful as it is', async () => {
    const view = viewOf(3);
    view.first.total = 0; // nothing beyond its first screenful
    const rendered = await render(<Rows view={view} />);
    root = rendered.root;
    expect(rendered.container.textContent).toBe('0');
  });
});
