// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeRegions } from './observe-regions';

describe('observeRegions', () => {
  let stop = new AbortController();
  afterEach(() => {
    stop.abort();
    stop = new AbortController();
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

  it('looks for regions again when the page adds to the body, not when Rapport adds its sidebar', async () => {
    const find = vi.fn((): Node[] => []);
    const onChange = vi.fn();
    observeRegions(document, find, onChange, stop.signal, { debounceMs: 5, maxWaitMs: 50 });
    expect(find).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('rapport-sidebar'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(find).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('aside'));
    await vi.waitFor(() => expect(find).toHaveBeenCalledTimes(2));
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
