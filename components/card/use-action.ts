import { useState } from 'react';

export type ActionStatus = 'idle' | 'busy' | 'done' | { error: string };

/** Runs one user action against the background and remembers how it went, for a status line. */
export function useAction() {
  const [status, setStatus] = useState<ActionStatus>('idle');
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setStatus('busy');
    try {
      await action();
      setStatus('done');
      return true;
    } catch (error) {
      setStatus({ error: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };
  return { status, run, busy: status === 'busy' };
}
