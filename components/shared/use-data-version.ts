import { DATA_VERSION_KEY } from '../../utils/background/tab-contexts';
import { useLiveValue } from './use-live-value';

export function useDataVersion(): number {
  return useLiveValue<number>(DATA_VERSION_KEY) ?? 0;
}
