import { useState } from 'react';
import { messageOf } from './use-database-read';

export type ActionState<T> = { status: 'idle' } | { status: 'busy' } | { status: 'done'; value: T } | { status: 'failed'; message: string };

/** Runs one user action at a time and remembers how it ended, for a status line. */
export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<T>) {
  const [state, setState] = useState<ActionState<T>>({ status: 'idle' });
  const run = async (...args: A): Promise<T | undefined> => {
    setState({ status: 'busy' });
    try {
      const value = await action(...args);
      setState({ status: 'done', value });
      return value;
    } catch (error) {
      setState({ status: 'failed', message: messageOf(error) });
      return undefined;
    }
  };
  const reset = () => setState({ status: 'idle' });
  return { state, run, reset };
}
