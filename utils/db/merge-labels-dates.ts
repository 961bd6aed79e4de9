import type { Contact } from '../domain/model';
import { uniqueKinds, uniqueTags } from '../domain/tags';

/** Two records of one person: every kind and tag of both, every date of both (the kept one's birthday wins). */
export function mergedLabelsAndDates(keep: Contact, other: Contact): Pick<Contact, 'kinds' | 'tags' | 'importantDates'> {
  const kinds = uniqueKinds([...(keep.kinds ?? []), ...(other.kinds ?? [])]);
  const tags = uniqueTags([...(keep.tags ?? []), ...(other.tags ?? [])]);
  const keptBirthday = keep.importantDates?.some((date) => date.kind === 'birthday') === true;
  const ids = new Set((keep.importantDates ?? []).map((date) => date.id));
  const same = new Set((keep.importantDates ?? []).map((date) => `${date.kind}|${date.date}|${date.label ?? ''}`));
  const theirs = (other.importantDates ?? []).filter(
    (date) => !ids.has(date.id) && !same.has(`${date.kind}|${date.date}|${date.label ?? ''}`) && !(date.kind === 'birthday' && keptBirthday),
  );
  const importantDates = [...(keep.importantDates ?? []), ...theirs];
  return {
    kinds: kinds.length > 0 ? kinds : undefined,
    tags: tags.length > 0 ? tags : undefined,
    importantDates: importantDates.length > 0 ? importantDates : undefined,
  };
}
