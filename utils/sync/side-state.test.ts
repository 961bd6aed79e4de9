import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, type FieldValues, type Stamp, type SyncedRecord } from './record-merge';
import { CHOSEN_BEFORE_SYNC, mergeWithReplica, NEVER_CHOSEN, stampSightings, type SideStates } from './side-state';

const ID = 'template:own.1';
const DEVICES = ['dev-a', 'dev-b', 'dev-c'] as const;
const never = () => false;

type Op = { kind: 'edit'; device: number; value: number | null } | { kind: 'sync'; device: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), device: fc.nat(2), value: fc.option(fc.nat(4), { nil: null }) }),
  fc.record({ kind: fc.constant('sync' as const), device: fc.nat(2) }),
);

const templateOf = (value: number | null): FieldValues => ({ template: value === null ? null : { kind: 'thank-you', language: 'en', subject: `s${value}`, body: `b${value}` } });

interface Device {
  held: FieldValues | undefined;
  states: SideStates;
}

/**
 * Devices edit one template and sync with one server copy, as the engine does: a pass stamps what changed on the
 * device since the last pass (at the pass's time, clocks skewed), merges with the server and takes the result.
 */
function simulate(ops: readonly Op[], skews: readonly number[]) {
  const devices: Device[] = DEVICES.map((_, index) => ({ held: index === 0 ? templateOf(0) : undefined, states: {} }));
  let server: SyncedRecord | undefined;
  /** Values each device sent (what a pass stamped), with their stamps. */
  const sent: Array<{ value: unknown; stamp: Stamp; replacedBySameDevice: boolean }> = [];
  ops.forEach((op, index) => {
    const device = devices[op.device];
    if (!device) return;
    if (op.kind === 'edit') {
      device.held = templateOf(op.value);
      return;
    }
    const stamp: Stamp = [100 + index * 10 + (skews[op.device] ?? 0), DEVICES[op.device] ?? '', 'user'];
    const current = device.held ?? (device.states[ID] ? { template: null } : undefined);
    const seen = current ? stampSightings(device.states, { [ID]: current }, stamp, never) : { states: device.states, changed: [] };
    if (seen.changed.length > 0 && current) sent.push({ value: current.template, stamp: seen.states[ID]?.meta.fields?.template ?? seen.states[ID]?.meta.stamp ?? stamp, replacedBySameDevice: false });
    const merged = mergeWithReplica(ID, seen.states[ID], server ? [{ records: { [ID]: server } }] : []);
    if (!merged?.value) return;
    server = merged;
    device.held = merged.value;
    device.states = { ...seen.states, [ID]: { value: merged.value, meta: merged.meta } };
  });
  return { devices, server, sent };
}

describe('side records (templates, shared settings)', () => {
  it('property: once every device has synced twice, all hold the same template, the one sent with the latest stamp', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.array(fc.integer({ min: -25, max: 25 }), { minLength: 3, maxLength: 3 }), (ops, skews) => {
        const settle: Op[] = [0, 1, 2, 0, 1, 2].map((device) => ({ kind: 'sync', device }));
        const { devices, server, sent } = simulate([...ops, ...settle], skews);
        const held = new Set(devices.map((device) => canonical(device.held)));
        expect(held.size).toBe(1);
        if (!server?.value) throw new Error('nothing on the server');
        const latest = sent.reduce((a, b) => (b.stamp[0] > a.stamp[0] || (b.stamp[0] === a.stamp[0] && b.stamp[1] > a.stamp[1]) ? b : a));
        expect(canonical(server.value.template)).toBe(canonical(latest.value));
      }),
      { numRuns: 300 },
    );
  });

  it('property: a value sent by one device that another overwrote without having seen it stays readable as lost', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        const settle: Op[] = [0, 1, 2, 0, 1, 2].map((device) => ({ kind: 'sync', device }));
        const { server, sent } = simulate([...ops, ...settle], [0, 0, 0]);
        if (!server?.value) throw new Error('nothing on the server');
        // Each value that reached the server either holds the field or was knowingly replaced (then it is not "lost");
        // values raced past without being seen are in `lost`: check that every lost entry is one that was really sent.
        for (const lost of server.meta.lost ?? []) expect(sent.some((item) => canonical(item.value) === canonical(lost.value) && item.stamp[0] === lost.stamp[0])).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('two devices edit the same template offline: the later edit wins on both, the earlier one is kept as lost', () => {
    const base = stampSightings({}, { [ID]: templateOf(0) }, [50, 'dev-a', 'anna'], never).states;
    const onA = stampSightings(base, { [ID]: templateOf(1) }, [100, 'dev-a', 'anna'], never).states[ID];
    const onB = stampSightings(base, { [ID]: templateOf(2) }, [200, 'dev-b', 'ben'], never).states[ID];
    const ab = mergeWithReplica(ID, onA, onB ? [{ records: { [ID]: onB } }] : []);
    const ba = mergeWithReplica(ID, onB, onA ? [{ records: { [ID]: onA } }] : []);
    expect(canonical(ab)).toBe(canonical(ba));
    expect(ab?.value).toEqual(templateOf(2));
    expect(ab?.meta.lost).toEqual([{ field: 'template', value: templateOf(1).template, stamp: [100, 'dev-a', 'anna'] }]);
  });

  it('a later edit brings back a removed template, a later removal removes an edited one', () => {
    const base = stampSightings({}, { [ID]: templateOf(0) }, [50, 'dev-a', 'anna'], never).states;
    const removed = stampSightings(base, { [ID]: templateOf(null) }, [100, 'dev-a', 'anna'], never).states[ID];
    const edited = stampSightings(base, { [ID]: templateOf(3) }, [150, 'dev-b', 'ben'], never).states[ID];
    expect(mergeWithReplica(ID, removed, edited ? [{ records: { [ID]: edited } }] : [])?.value).toEqual(templateOf(3));
    const removedLater = stampSightings(base, { [ID]: templateOf(null) }, [200, 'dev-a', 'anna'], never).states[ID];
    expect(mergeWithReplica(ID, removedLater, edited ? [{ records: { [ID]: edited } }] : [])?.value).toEqual(templateOf(null));
  });

  it('first sighting: a default loses to a value chosen before sync, which loses to any change since; equal times fall to the device id', () => {
    const isDefault = (_id: string, field: string, value: unknown) => field === 'signature' && value === '';
    const fresh = stampSightings({}, { 'settings:ben': { signature: '', userName: 'Ben' } }, [500, 'dev-b', 'ben'], isDefault).states['settings:ben'];
    expect(fresh?.meta).toEqual({ stamp: [NEVER_CHOSEN, '', ''], fields: { userName: [CHOSEN_BEFORE_SYNC, 'dev-b', 'ben'] } });
    const laptop = stampSightings({}, { 'settings:ben': { signature: 'Ben, Berlin', userName: 'Ben B.' } }, [400, 'dev-a', 'ben'], isDefault).states['settings:ben'];
    const merged = mergeWithReplica('settings:ben', fresh, laptop ? [{ records: { 'settings:ben': laptop } }] : []);
    // The laptop's signature beats the new device's empty default; the two names chosen before sync tie on time.
    expect(merged?.value).toEqual({ signature: 'Ben, Berlin', userName: 'Ben' });
    expect(merged?.meta.lost).toEqual([{ field: 'userName', value: 'Ben B.', stamp: [CHOSEN_BEFORE_SYNC, 'dev-a', 'ben'] }]);
  });
});
