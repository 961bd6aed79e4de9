// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeRegions } from './observe-regions';

describe('observeRegions', () => {
  const stop = new AbortController();
  afterEach(() => {
    stop.abort();
    document.body.replaceChildren();
  });

  it('calls back with the regions it found, at the start and after a change inside one', async () => {
    const region = document.createElement('section');
    document.body.append(region);
    const onChange = vi.fn();
    observeRegions(document, () => [region], onChange, stop.signal, { debounceMs: 5, maxWaitMs: 50 });
    expect(onChange).toHaveBeenLastCalledWith([region]);
    region.append(document.createElement('li'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    expect(onChange).toHaveBeenLastCalledWith([region]);
  });
});
