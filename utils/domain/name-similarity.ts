import { nameKey } from './text';

function bigrams(value: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = ` ${value} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const gram = padded.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * How alike two names are, 0 to 1: bigram overlap (Dice) on case- and accent-free names, word order ignored,
 * so "Müller, Anna", "anna mueller" and "Anna Müller" rank close together.
 */
export function nameSimilarity(a: string, b: string): number {
  const normalise = (name: string) => nameKey(name).replace(/ue/g, 'u').replace(/oe/g, 'o').replace(/ae/g, 'a').replace(/ß/g, 'ss').split(/[\s,.-]+/).filter(Boolean).sort().join(' ');
  const left = normalise(a);
  const right = normalise(b);
  if (!left || !right) return 0;
  if (left === right) return 1;
  const leftGrams = bigrams(left);
  const rightGrams = bigrams(right);
  let shared = 0;
  for (const [gram, count] of leftGrams) shared += Math.min(count, rightGrams.get(gram) ?? 0);
  const total = [...leftGrams.values(), ...rightGrams.values()].reduce((sum, count) => sum + count, 0);
  return (2 * shared) / total;
}
