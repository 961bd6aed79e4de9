import { useEffect, useState } from 'react';
import { openRapportDB } from '../../utils/db/open';
import { useDataVersion } from '../shared/use-data-version';

/** Whether any contact exists (an extension page may read the database); undefined until known, or until `needed`. */
export function useHasContacts(needed: boolean): boolean | undefined {
  const version = useDataVersion();
  const [has, setHas] = useState<boolean>();
  useEffect(() => {
    if (!needed) return undefined;
    let active = true;
    openRapportDB()
      .then((db) => db.count('contacts'))
      .then(
        (count) => active && setHas(count > 0),
        () => active && setHas(true),
      );
    return () => {
      active = false;
    };
  }, [version, needed]);
  return has;
}
