import { useEffect, useId, useState } from 'react';
import { t, uiLanguage } from '../../../utils/i18n';
import { useDataVersion } from '../../shared/use-data-version';

interface StorageFacts {
  usage?: number;
  quota?: number;
  persisted?: boolean;
}

type PersistAnswer = 'idle' | 'granted' | 'refused' | 'unsupported';

function size(bytes: number, language: string): string {
  const [unit, divisor] = bytes >= 1e9 ? (['gigabyte', 1e9] as const) : (['megabyte', 1e6] as const);
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(bytes / divisor);
}

/** How much room Rapport's data takes, and whether the browser promised to keep it (persistent storage). */
export function StorageStatus() {
  const id = useId();
  const version = useDataVersion();
  const [facts, setFacts] = useState<StorageFacts | undefined>(undefined);
  const [answer, setAnswer] = useState<PersistAnswer>('idle');
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;

  useEffect(() => {
    if (!storage) return;
    let active = true;
    Promise.all([storage.estimate?.().catch(() => undefined), storage.persisted?.().catch(() => undefined)]).then(
      ([estimate, persisted]) => active && setFacts({ usage: estimate?.usage, quota: estimate?.quota, persisted }),
    );
    return () => {
      active = false;
    };
  }, [storage, version, answer]);

  const askToPersist = async () => {
    if (!storage?.persist) return setAnswer('unsupported');
    setAnswer((await storage.persist().catch(() => false)) ? 'granted' : 'refused');
  };

  const language = uiLanguage();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('optStorageTitle')}</h2>
      {facts?.usage !== undefined && (
        <p data-testid="storage-usage">
          {facts.quota
            ? t('optStorageUsage', [size(facts.usage, language), size(facts.quota, language)])
            : t('optStorageUsageOnly', size(facts.usage, language))}
        </p>
      )}
      <p>{facts?.persisted ? t('optStoragePersisted') : t('optStorageNotPersisted')}</p>
      {!facts?.persisted && (
        <button type="button" onClick={() => void askToPersist()}>
          {t('optStoragePersist')}
        </button>
      )}
      <p role="status">
        {answer === 'granted' && t('optStorageGranted')}
        {answer === 'refused' && t('optStorageRefused')}
        {answer === 'unsupported' && t('optStorageUnsupported')}
      </p>
    </section>
  );
}
