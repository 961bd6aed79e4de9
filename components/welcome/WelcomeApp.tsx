import { useEffect, useRef, useState } from 'react';
import { t } from '../../utils/i18n';
import type { StepProps } from './step-parts';
import { STEPS, STEP_TITLES, type Step } from './steps';
import { LanguageStep } from './LanguageStep';
import { NetworkStep } from './NetworkStep';
import { PlaceStep } from './PlaceStep';
import { RhythmStep } from './RhythmStep';
import { SyncStep } from './SyncStep';
import { YouStep } from './YouStep';
import './welcome.css';

/** The first run: six short steps, each can be skipped and changed later in the options page. */
export function WelcomeApp() {
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = STEPS[index] ?? 'sync';
  const next = () => {
    moved.current = true;
    setIndex((current) => Math.min(current + 1, STEPS.length - 1));
  };
  useEffect(() => {
    // Keyboard and screen reader users land on the new step's heading, not on <body>.
    if (moved.current) heading.current?.focus();
  }, [index]);

  return (
    <div className="welcome">
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p className="subtle">{t('welcomeIntro')}</p>
      </header>
      <nav aria-label={t('welcomeStepsLabel')}>
        <ol className="welcome-steps">
          {STEPS.map((candidate, position) => (
            <li key={candidate}>
              <button
                type="button"
                aria-current={candidate === step ? 'step' : undefined}
                onClick={() => {
                  moved.current = true;
                  setIndex(position);
                }}
              >
                {t('welcomeStepNumber', [String(position + 1), t(STEP_TITLES[candidate])])}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="welcome-step" aria-labelledby="welcome-step-title">
        <h2 id="welcome-step-title" ref={heading} tabIndex={-1}>
          {t(STEP_TITLES[step])}
        </h2>
        <StepView step={step} next={next} />
      </section>
    </div>
  );
}

function StepView({ step, next }: { step: Step } & StepProps) {
  switch (step) {
    case 'language':
      return <LanguageStep next={next} />;
    case 'you':
      return <YouStep next={next} />;
    case 'rhythm':
      return <RhythmStep next={next} />;
    case 'place':
      return <PlaceStep next={next} />;
    case 'network':
      return <NetworkStep next={next} />;
    case 'sync':
      return <SyncStep />;
  }
}
