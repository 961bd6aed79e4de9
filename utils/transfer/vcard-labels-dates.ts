import { ANNIVERSARY_LABEL, dateFromFile, dateOfLabel, tagsFromLabels, uniqueImportedDates, type ImportedDate } from './import-labels-dates';
import { splitUnescaped, unescapeText } from './vcard-values';

/** A property as the vCard importer reads it: lower-case name without dashes, raw value, lower-case params. */
export interface DateCardProperty {
  name: string;
  value: string;
  params: ReadonlyMap<string, readonly string[]>;
}

/** Personal anniversaries as different address books write them (Evolution, Outlook, KDE, Thunderbird's older cards). */
const ANNIVERSARY_NAMES = new Set(['anniversary', 'xanniversary', 'xevolutionanniversary', 'xmsanniversary', 'xkaddressbookxanniversary']);

/** `CATEGORIES:Clients,Design` (commas inside a name escaped as `\,`), every CATEGORIES line of the card. */
export function tagsOfCard(properties: readonly DateCardProperty[]): string[] | undefined {
  const labels = properties.filter((property) => property.name === 'categories').flatMap((property) => splitList(property.value));
  return tagsFromLabels(labels);
}

/**
 * BDAY, ANNIVERSARY and its `X-` variants, and Apple's labelled `itemN.X-ABDATE` with its
 * `itemN.X-ABLabel`. A value that is not a date (vCard 4 `VALUE=text`, "circa 1800") is skipped.
 */
export function datesOfCard(properties: readonly DateCardProperty[]): ImportedDate[] | undefined {
  const dates: ImportedDate[] = [];
  const labelOfGroup = new Map<string, string>();
  for (const property of properties) {
    const group = property.params.get('group')?.[0];
    if (property.name === 'xablabel' && group) labelOfGroup.set(group.toLowerCase(), unescapeText(property.value));
  }
  for (const property of properties) {
    if (property.params.get('value')?.some((value) => value.toLowerCase() === 'text')) continue;
    const isDate = property.name === 'bday' || ANNIVERSARY_NAMES.has(property.name) || property.name === 'xabdate';
    if (!isDate) continue;
    const date = dateFromFile(unescapeText(property.value), property.params.get('xappleomityear')?.[0]);
    if (!date) continue;
    if (property.name === 'bday') dates.push({ kind: 'birthday', date });
    else if (property.name === 'xabdate') {
      const group = property.params.get('group')?.[0]?.toLowerCase();
      const labelled = dateOfLabel(group ? labelOfGroup.get(group) : undefined, date);
      if (labelled) dates.push(labelled);
    } else dates.push({ kind: 'custom', date, label: ANNIVERSARY_LABEL });
  }
  return uniqueImportedDates(dates);
}

/** A vCard text list: split at unescaped commas, each item unescaped. */
function splitList(value: string): string[] {
  return splitUnescaped(value, ',');
}
