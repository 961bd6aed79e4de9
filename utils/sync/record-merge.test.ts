import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, dismissLost, mergeRecords, stampWrite, type Stamp, type SyncedRecord } from './record-merge';

const FIELDS = ['name', 'company', 'notes'] as const;
const DEVICES = ['dev-a', 'dev-b', 'dev-c'] as const;

type Op = { kind: 'write'; replica: number; field: number; value: number | null } | { kind: 'sync'; from: number; to: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), replica: fc.nat(2), field: fc.nat(2), value: fc.option(fc.nat(5), { nil: null }) }),
  fc.record({ kind: fc.constant('sync' as const), from: fc.nat(2), to: fc.nat(2) }),
);

interface Write {
  id: number;
  field: string;
  value: unknown;
  stamp: Stamp;
}

/** Runs edits and one-way syncs on three replicas of one record, tracking which writes each replica has seen. */
function simulate(ops: readonly Op[], skews: readonly number[]) {
  const created: Stamp = [-1000, 'dev-a', 'anna'];
  const start: SyncedRecord = { value: { name: 'Anna' }, meta: { stamp: created } };
  const replicas = DEVICES.map(() => ({ record: start, seen: new Set<number>([0]) }));
  const writes: Write[] = [{ id: 0, field: 'name', value: 'Anna', stamp: created }];
  const superseded = new Set<number>();
  ops.forEach((op, index) => {
    if (op.kind === 'sync') {
      const from = replicas[op.from];
      const to = replicas[op.to];
      if (!from || !to) return;
      to.record = mergeRecords(to.record, from.record);
      for (const id of from.seen) to.seen.add(id);
      return;
    }
    const replica = replicas[op.replica];
    const field = FIELDS[op.field];
    if (!replica || !field) return;
    const stamp: Stamp = [10 + index * 10 + (skews[op.replica] ?? 0), DEVICES[op.replica] ?? '', 'user'];
    const next = { ...replica.record.value };
    if (op.value === null) delete next[field];
    else next[field] = `v${op.value}`;
    const { meta, changed } = stampWrite(replica.record.value, replica.record.meta, next, stamp);
    if (!changed) return;
    for (const write of writes) if (write.field === field && replica.seen.has(write.id)) superseded.add(write.id);
    const write: Write = { id: writes.length, field, value: next[field] ?? null, stamp };
    writes.push(write);
    replica.seen.add(write.id);
    replica.record = { value: next, meta };
  });
  return { replicas, writes, superseded };
}

const settle = (records: SyncedRecord[]) => {
  let all = records[0] as SyncedRecord;
  for (const record of records.slice(1)) all = mergeRecords(all, record);
  return records.map((record) => mergeRecords(record, all));
};

describe('mergeRecords', () => {
  it('property: any interleaving of edits and syncs converges once every replica has seen every write', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.array(fc.integer({ min: -25, max: 25 }), { minLength: 3, maxLength: 3 }), (ops, skews) => {
        const { replicas } = simulate(ops, skews);
        const settled = settle(replicas.map((replica) => replica.record));
        const reversed = settle(replicas.map((replica) => replica.record).reverse());
        const texts = new Set([...settled, ...reversed].map((record) => canonical(record)));
        expect(texts.size).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('property: no written value is lost: it wins, is kept as "also written", or its writer saw it replaced', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.array(fc.integer({ min: -25, max: 25 }), { minLength: 3, maxLength: 3 }), (ops, skews) => {
        const { replicas, writes, superseded } = simulate(ops, skews);
        const [final] = settle(replicas.map((replica) => replica.record));
        if (!final) throw new Error('no replica');
        for (const write of writes) {
          if (superseded.has(write.id)) continue;
          const current = (final.value?.[write.field] ?? null) === write.value;
          const kept = (final.meta.lost ?? []).some((lost) => lost.field === write.field && canonical(lost.value) === canonical(write.value));
          expect(current || kept, `write ${JSON.stringify(write)} survives in ${canonical(final)}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: merging is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        const [a, b, c] = simulate(ops, [0, 3, -3]).replicas.map((replica) => replica.record) as [SyncedRecord, SyncedRecord, SyncedRecord];
        expect(canonical(mergeRecords(a, b))).toBe(canonical(mergeRecords(b, a)));
        expect(canonical(mergeRecords(mergeRecords(a, b), c))).toBe(canonical(mergeRecords(a, mergeRecords(b, c))));
        expect(canonical(mergeRecords(a, a))).toBe(canonical(a));
      }),
      { numRuns: 300 },
    );
  });

  it('a local write drops the lost values it knowingly replaces, as merging would (fast-check seed 1539988945)', () => {
    const ops: Op[] = [
      { kind: 'write', replica: 0, field: 0, value: null },
      { kind: 'write', replica: 1, field: 0, value: null },
      { kind: 'sync', from: 1, to: 0 },
      { kind: 'write', replica: 0, field: 0, value: 0 },
      { kind: 'write', replica: 0, field: 0, value: null },
    ];
    const [a] = simulate(ops, [0, 3, -3]).replicas.map((replica) => replica.record) as [SyncedRecord];
    expect(canonical(mergeRecords(a, a))).toBe(canonical(a));
  });

  it('later change wins field by field; the concurrent loser stays readable until dismissed, on both devices', () => {
    const base: SyncedRecord = { value: { name: 'Anna', company: 'Acme' }, meta: { stamp: [1, 'dev-a', 'anna'] } };
    const onA = stampWrite(base.value, base.meta, { name: 'Anna M.', company: 'Acme' }, [5, 'dev-a', 'anna']).meta;
    const onB = stampWrite(base.value, base.meta, { name: 'Anna Müller', company: 'Acme GmbH' }, [7, 'dev-b', 'ben']).meta;
    const a: SyncedRecord = { value: { name: 'Anna M.', company: 'Acme' }, meta: onA };
    const b: SyncedRecord = { value: { name: 'Anna Müller', company: 'Acme GmbH' }, meta: onB };
    const merged = mergeRecords(a, b);
    expect(merged.value).toEqual({ name: 'Anna Müller', company: 'Acme GmbH' });
    expect(merged.meta.lost).toEqual([{ field: 'name', value: 'Anna M.', stamp: [5, 'dev-a', 'anna'] }]);
    const lost = merged.meta.lost?.[0];
    if (!lost) throw new Error('no lost value');
    const dismissed: SyncedRecord = { value: merged.value, meta: dismissLost(merged.meta, lost) };
    expect(dismissed.meta.lost).toBeUndefined();
    expect(mergeRecords(dismissed, a).meta.lost).toBeUndefined();
  });

  it('an edit made after seeing the other value replaces it without a conflict', () => {
    const base: SyncedRecord = { value: { name: 'Anna' }, meta: { stamp: [1, 'dev-a', 'anna'] } };
    const edited = stampWrite(base.value, base.meta, { name: 'Anna B.' }, [3, 'dev-b', 'ben']).meta;
    const merged = mergeRecords(base, { value: { name: 'Anna B.' }, meta: edited });
    expect(merged.value).toEqual({ name: 'Anna B.' });
    expect(merged.meta.lost).toBeUndefined();
  });

  it('a deleted record stays deleted whatever edit meets it', () => {
    const live: SyncedRecord = { value: { text: 'Invoice' }, meta: { stamp: [9, 'dev-b', 'ben'] } };
    const deleted: SyncedRecord = { value: undefined, meta: { stamp: [1, 'dev-a', 'anna'], deleted: [2, 'dev-a', 'anna'] } };
    expect(mergeRecords(live, deleted).value).toBeUndefined();
    expect(mergeRecords(deleted, live).value).toBeUndefined();
  });
});
