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

/** Case, accents, German transliterations and word order ignored: "Müller, Anna" = "anna mueller". */
function comparable(name: string): string {
  return nameKey(name)
    .replace(/ue/g, 'u')
    .replace(/oe/g, 'o')
    .replace(/ae/g, 'a')
    .replace(/ß/g, 'ss')
    .split(/[\s,.-]+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** Scores candidates against one name, 0 to 1 (bigram overlap, Dice); the name is prepared once. */
export function nameMatcher(name: string): (candidate: string) => number {
  const left = comparable(name);
  const leftGrams = bigrams(left);
  const leftTotal = [...leftGrams.values()].reduce((sum, count) => sum + count, 0);
  return (candidate) => {
    const right = comparable(candidate);
    if (!left || !right) return 0;
    if (left === right) return 1;
    const rightGrams = bigrams(right);
    let shared = 0;
    let rightTotal = 0;
    for (const [gram, count] of rightGrams) {
      shared += Math.min(count, leftGrams.get(gram) ?? 0);
      rightTotal += count;
    }
    return (2 * shared) / (leftTotal + rightTotal);
  };
}

export function nameSimilarity(a: string, b: string): number {
  return nameMatcher(a)(b);
}
