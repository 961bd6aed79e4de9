import { describe, expect, it } from 'vitest';
import { ReportOutbox } from './report-outbox';

const upTo = (size: number) => () => {
  let taken = 0;
  return () => {
    if (taken >= size) return false;
    taken += 1;
    return true;
  };
};

describe('ReportOutbox', () => {
  it('sends each item once, in the order the page showed them', async () => {
    const sent: string[][] = [];
    const outbox = new ReportOutbox<string>((item) => item, upTo(10), async (batch) => void sent.push(batch));
    await outbox.add(['a', 'b']);
    await outbox.add(['b', 'c', 'a']);
    expect(sent).toEqual([['a', 'b'], ['c']]);
  });

  it('splits what does not fit into one request into several', async () => {
    const sent: string[][] = [];
    const outbox = new ReportOutbox<string>((item) => item, upTo(2), async (batch) => void sent.push(batch));
    await outbox.add(['a', 'b', 'c', 'd', 'e']);
    expect(sent).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('keeps what a failed report held and sends it with the next one', async () => {
    const sent: string[][] = [];
    let up = false;
    const outbox = new ReportOutbox<string>((item) => item, upTo(10), async (batch) => {
      if (!up) throw new Error('Could not establish connection. Receiving end does not exist.');
      sent.push(batch);
    });
    await outbox.add(['a', 'b']);
    expect(outbox.pending).toBe(2);
    up = true;
    await outbox.add(['c']);
    expect(sent).toEqual([['a', 'b', 'c']]);
    expect(outbox.pending).toBe(0);
  });

  it('gives up a batch refused three times in a row, so later items still go', async () => {
    const sent: string[][] = [];
    const outbox = new ReportOutbox<string>((item) => item, upTo(1), async (batch) => {
      if (batch[0] === 'poison') throw new Error('Invalid request');
      sent.push(batch);
    });
    await outbox.add(['poison', 'a']);
    await outbox.add([]);
    expect(sent).toEqual([]);
    await outbox.add(['b']);
    expect(sent).toEqual([['a'], ['b']]);
    await outbox.add(['poison']);
    expect(sent).toEqual([['a'], ['b']]);
  });

  it('takes items that arrive while a report is on its way into the next report', async () => {
    const sent: string[][] = [];
    let release: () => void = () => undefined;
    const outbox = new ReportOutbox<string>((item) => item, upTo(10), (batch) => {
      sent.push(batch);
      return sent.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    });
    const first = outbox.add(['a']);
    const second = outbox.add(['b']);
    release();
    await Promise.all([first, second]);
    expect(sent).toEqual([['a'], ['b']]);
  });
});
