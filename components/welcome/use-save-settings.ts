import { useState } from 'react';
import { callBackground } from '../../utils/messaging/client';
import type { RequestInput } from '../../utils/messaging/protocol';

/** Saves one step's settings through the background (which reschedules follow-ups), then moves on. */
export function useSaveSettings(next: () => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const save = async (change: RequestInput<'settings.save'>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await callBackground('settings.save', change);
      next();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return { save, busy, problem };
}
