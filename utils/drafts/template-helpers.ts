import type { DraftKind, DraftTemplate } from './templates';
import type { Formality, Language } from '../domain/model';

type Wording = Omit<DraftTemplate, 'id' | 'kind' | 'language' | 'formality'>;

export function variants(kind: DraftKind, language: Language, formality: Formality | undefined, wordings: readonly Wording[]): DraftTemplate[] {
  return wordings.map((wording, index) => ({
    id: [kind, language, formality, index + 1].filter((part) => part !== undefined).join('.'),
    kind,
    language,
    ...(formality ? { formality } : {}),
    ...wording,
  }));
}

export const lines = (...parts: string[]) => parts.join('\n');

