import { DATA_VERSION_KEY } from '../../utils/background/tab-contexts';
import { useSessionValue } from './use-session-value';

export function useDataVersion(): number {
  return useSessionValue<number>(DATA_VERSION_KEY) ?? 0;
}
