import type { MessageKey } from '../../utils/i18n';

export const STEPS = ['language', 'you', 'rhythm', 'place', 'network', 'sync'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_TITLES: Record<Step, MessageKey> = {
  language: 'welcomeStepLanguage',
  you: 'welcomeStepYou',
  rhythm: 'welcomeStepRhythm',
  place: 'welcomeStepPlace',
  network: 'welcomeStepNetwork',
  sync: 'welcomeStepSync',
};
