import { useEffect, useState } from 'react';
import { openRapportDB } from '../../utils/db/open';
import { useDataVersion } from '../shared/use-data-version';

/** Whether any contact exists (an extension page may read the database); undefined until known. */
export function useHasContacts(): boolean | undefined {
  const version = useDataVersion();
  const [has, setHas] = useState<boolean>();
  useEffect(() => {
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
  }, [version]);
  return has;
}
