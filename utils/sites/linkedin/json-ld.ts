import { cleanFacts } from './facts';
import { firstRecord, firstString, isRecord, parseJson, stringOf, type JsonRecord } from './json';
import { parseProfileUrl } from './profile-url';
import type { StrategyReading } from './profile-reading';

/** The `Person` of a logged-out page's JSON-LD (`@graph`), when its `url` is this profile. */
export function readJsonLdPerson(doc: Document, slug: string): StrategyReading | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const person = personsIn(parseJson(script.textContent)).find((node) => slugOf(node) === slug);
    const facts = person && cleanFacts(factsOf(person));
    if (facts) return { strategy: 'json-ld', source: 'structured-data', facts };
  }
  return undefined;
}

function personsIn(json: unknown): JsonRecord[] {
  if (Array.isArray(json)) return json.flatMap(personsIn);
  if (!isRecord(json)) return [];
  if (Array.isArray(json['@graph'])) return personsIn(json['@graph']);
  const type = json['@type'];
  return type === 'Person' || (Array.isArray(type) && type.includes('Person')) ? [json] : [];
}

function slugOf(person: JsonRecord): string | undefined {
  const url = stringOf(person.url);
  return url ? parseProfileUrl(url)?.slug : undefined;
}

function factsOf(person: JsonRecord) {
  return {
    name: stringOf(person.name),
    role: firstString(person.jobTitle),
    company: stringOf(firstRecord(person.worksFor)?.name),
    location: stringOf(firstRecord(person.address)?.addressLocality),
  };
}
