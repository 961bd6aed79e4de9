// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DATA_VERSION_KEY, LIVE_AREA } from '../../../utils/background/tab-contexts';
import { freshDatabase } from '../../../utils/db/test-db';
import { startFirstRead } from '../../shared/first-read';
import { fromOutside, render, settle } from '../../shared/test-dom';
import { useDatabaseRead } from './use-database-read';

let reads = 0;
const readNow = vi.fn(async () => `read ${++reads}`);

function Shows({ first }: { first?: string }) {
  const read = useDatabaseRead(readNow, 'all', first === undefined ? {} : { first });
  return <p>{read.status === 'ready' ? read.value : read.status}</p>;
}

beforeEach(async () => {
  fakeBrowser.reset();
  reads = 0;
  readNow.mockClear();
  await freshDatabase();
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('a first read started before React mounts', () => {
  it('is shown instead of reading again, and a later data change reads anew', async () => {
    startFirstRead('test:view', async () => 'started early');
    const { container } = await render(<Shows first="test:view" />);
    expect(container.textContent).toBe('started early');
    expect(readNow).not.toHaveBeenCalled();

    await fromOutside(() => fakeBrowser.storage[LIVE_AREA].set({ [DATA_VERSION_KEY]: 2 }));
    expect(container.textContent).toBe('read 1');
  });

  it('is read again when data changed after it began', async () => {
    let finish: (value: string) => void = () => undefined;
    startFirstRead('test:view', () => new Promise<string>((resolve) => (finish = resolve)));
    await fakeBrowser.storage[LIVE_AREA].set({ [DATA_VERSION_KEY]: 5 });
    const { container } = await render(<Shows first="test:view" />);
    finish('from before the change');
    await settle();
    expect(container.textContent).toBe('read 1');
    expect(readNow).toHaveBeenCalledTimes(1);
  });

  it('is used once, and only by the view it was started for', async () => {
    startFirstRead('test:view', async () => 'started early');
    const other = await render(<Shows first="test:other" />);
    expect(other.container.textContent).toBe('read 1');
    const view = await render(<Shows first="test:view" />);
    expect(view.container.textContent).toBe('started early');
    const again = await render(<Shows first="test:view" />);
    expect(again.container.textContent).toBe('read 2');
  });
});
