import { useEffect, useState } from 'react';
import type { DraftTemplate } from '../../utils/drafts';
import { readUserTemplates, watchUserTemplates } from '../../utils/drafts-store';

/** The user's stored templates, kept up to date; undefined while loading. Unreadable storage counts as none. */
export function useUserTemplates(): DraftTemplate[] | undefined {
  const [templates, setTemplates] = useState<DraftTemplate[] | undefined>(undefined);
  useEffect(() => {
    let active = true;
    readUserTemplates().then(
      (stored) => active && setTemplates(stored),
      () => active && setTemplates([]),
    );
    const stop = watchUserTemplates((stored) => active && setTemplates(stored));
    return () => {
      active = false;
      stop();
    };
  }, []);
  return templates;
}
