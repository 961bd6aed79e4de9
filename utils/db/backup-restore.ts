import type { BackupV1 } from '../transfer/backup-schema';
import { abandon } from './abandon';
import { rebuildContactTimes } from './contact-times';
import type { RapportDatabase } from './open';
import { settingsFromBackup } from './settings-from-backup';
import { planOrganisations } from '../domain/organisation-plan';
import { deleteSynced, putSynced, withSyncMeta } from './sync-marks';

/** `into-empty`: refused when any contact, interaction or agreement exists. `replace`: everything is replaced. */
export type RestoreMode = 'into-empty' | 'replace';

export interface RestoreCounts {
  contacts: number;
  interactions: number;
  agreements: number;
  organisations?: number;
}

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('Rapport already holds data. Restoring a backup replaces everything, so it needs an explicit confirmation.');
  }
}

const DATA_STORES = ['contacts', 'interactions', 'agreements', 'organisations'] as const;

/**
 * Puts a parsed, validated backup (`parseBackup`) into the database in ONE transaction: records are
 * stored exactly as they are in the backup (ids, dates and follow-ups included), so exporting again
 * gives the same file. On any failure nothing changes.
 */
export async function restoreBackup(db: RapportDatabase, backup: BackupV1, mode: RestoreMode): Promise<RestoreCounts> {
  assertUniqueSourceKeys(backup);
  const { contacts: backupContacts, agreements: backupAgreements, organisations: backupOrganisations } = withOrganisations(backup);
  const tx = db.transaction(withSyncMeta(['contacts', 'interactions', 'agreements', 'organisations', 'settings', 'contactTimes']), 'readwrite');
  try {
    if (mode === 'into-empty') {
      const counts = await Promise.all(DATA_STORES.map((store) => tx.objectStore(store).count()));
      if (counts.some((count) => count > 0)) throw new DatabaseNotEmptyError();
    } else {
      // Record by record, not clear(): every removal is a deletion other devices must hear of.
      const [contacts, interactions, agreements] = await Promise.all([
        tx.objectStore('contacts').getAll(),
        tx.objectStore('interactions').getAll(),
        tx.objectStore('agreements').getAll(),
      ]);
      await Promise.all([
        ...interactions.map((record) => deleteSynced(tx, 'interactions', record)),
        ...agreements.map((record) => deleteSynced(tx, 'agreements', record)),
        ...contacts.map((record) => deleteSynced(tx, 'contacts', record)),
        ...DATA_STORES.filter((store) => store !== 'contacts' && store !== 'interactions' && store !== 'agreements').map((store) => tx.objectStore(store).clear()),
        tx.objectStore('settings').clear(),
      ]);
    }
    const organisations = tx.objectStore('organisations');
    await Promise.all([
      ...backupOrganisations.map((organisation) => organisations.add(organisation)),
      ...backupContacts.map((contact) => putSynced(tx, 'contacts', contact, { previous: null, add: true })),
      ...backup.interactions.map((interaction) => putSynced(tx, 'interactions', interaction, { previous: null, add: true })),
      ...backupAgreements.map((agreement) => putSynced(tx, 'agreements', agreement, { previous: null, add: true })),
      ...(backup.settings ? [tx.objectStore('settings').put(settingsFromBackup(backup.settings), 'app')] : []),
    ]);
    await rebuildContactTimes(tx.objectStore('contactTimes'), backup.interactions, Date.now());
    await tx.done;
    return {
      contacts: backup.contacts.length,
      interactions: backup.interactions.length,
      agreements: backup.agreements.length,
      organisations: backupOrganisations.length,
    };
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}

/** A backup from before organisations gets them from its company fields, as the schema migration does. */
function withOrganisations(backup: BackupV1): Required<Pick<BackupV1, 'contacts' | 'agreements' | 'organisations'>> {
  if (backup.organisations) return { contacts: backup.contacts, agreements: backup.agreements, organisations: backup.organisations };
  const strip = <T extends { organisationId?: string }>({ organisationId: _none, ...rest }: T): T => rest as T;
  const contacts = backup.contacts.map(strip);
  const agreements = backup.agreements.map(strip);
  const plan = planOrganisations(contacts, agreements, Date.now());
  const placed = new Map(plan.contacts.map((contact) => [contact.id, contact]));
  const assigned = new Map(plan.agreements.map((agreement) => [agreement.id, agreement]));
  return {
    contacts: contacts.map((contact) => placed.get(contact.id) ?? contact),
    agreements: agreements.map((agreement) => assigned.get(agreement.id) ?? agreement),
    organisations: plan.organisations,
  };
}

/** The database keeps each email logged once; a backup that repeats a source key could never have come from it. */
function assertUniqueSourceKeys(backup: BackupV1): void {
  const seen = new Set<string>();
  for (const [index, interaction] of backup.interactions.entries()) {
    if (interaction.sourceKey === undefined) continue;
    if (seen.has(interaction.sourceKey)) {
      throw new Error(`interactions[${index}].sourceKey: duplicate source ${JSON.stringify(interaction.sourceKey)}`);
    }
    seen.add(interaction.sourceKey);
  }
}
