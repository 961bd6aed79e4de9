import { describe, expect, it } from 'vitest';
import { nameSimilarity } from './name-similarity';

describe('nameSimilarity', () => {
  it('treats the same person written differently as (nearly) the same', () => {
    expect(nameSimilarity('Anna Müller', 'anna mueller')).toBe(1);
    expect(nameSimilarity('Müller, Anna', 'Anna Müller')).toBe(1);
    expect(nameSimilarity('Anna Müller', 'Anna Maria Müller')).toBeGreaterThan(0.7);
  });

  it('keeps different people apart and never fails on empty names', () => {
    expect(nameSimilarity('Anna Müller', 'Kenji Watanabe')).toBeLessThan(0.2);
    expect(nameSimilarity('', 'Anna')).toBe(0);
  });
});
