import { cleanFacts } from './facts';
import type { StrategyReading } from './profile-reading';
import { cardAround, findContactInfoLink, nameHeading } from './top-card-anchor';
import { factsFromTopCardLines } from './top-card-lines';
import { textBlocksBetween, visibleText } from './text-blocks';

/**
 * The recipe that works on every logged-in era: contact-info link of this slug -> its top card ->
 * name heading -> the lines between the name and the link.
 */
export function readContactInfoCard(doc: Document, slug: string, titleName?: string): StrategyReading | undefined {
  const link = findContactInfoLink(doc, slug);
  const card = link && cardAround(link);
  const heading = link && card && nameHeading(card, link, titleName);
  if (!link || !card || !heading) return undefined;
  const lines = textBlocksBetween(card, heading, link);
  const facts = cleanFacts({ name: visibleText(heading), ...factsFromTopCardLines(lines, true) });
  return facts && { strategy: 'topcard-contact-info', source: 'top-card', facts };
}
