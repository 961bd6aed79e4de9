import { useEffect, useId, useState, type FormEvent } from 'react';
import { t, uiLanguage } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import type { RequestOutput } from '../../../utils/messaging/protocol';
import { SYNC_STATUS_KEY, type SyncStatus } from '../../../utils/sync/status';
import { parseServerAddress, serverPermissionPattern } from '../../../utils/sync/server-address';
import { useAction } from '../shared/use-action';
import { requestServerAccess } from './server-access';
import { lastSyncedText, problemText, statusText } from './sync-texts';
import { useStorageValue } from '../../shared/use-live-value';

type Connection = RequestOutput<'sync.connection'>;

export function SyncSection() {
  const id = useId();
  const [connection, setConnection] = useState<Connection | undefined>(undefined);
  const status = useStorageValue<SyncStatus>('local', SYNC_STATUS_KEY);
  useEffect(() => {
    let active = true;
    void callBackground('sync.connection', {}).then((value) => active && setConnection(value));
    return () => {
      active = false;
    };
  }, [status?.state]);

  return (
    <section aria-labelledby={`${id}-title`} className="sync">
      <h2 id={`${id}-title`}>{t('syncTitle')}</h2>
      <p className="subtle">{t('syncIntro')}</p>
      {connection === undefined ? null : connection ? (
        <Connected connection={connection} onDisconnected={() => setConnection(null)} />
      ) : (
        <ConnectForm onConnected={setConnection} />
      )}
      <SyncStatusLine status={connection ? status : undefined} />
    </section>
  );
}

function SyncStatusLine({ status }: { status: SyncStatus | undefined }) {
  const language = uiLanguage();
  const last = lastSyncedText(status, language);
  return (
    <div className="sync-status">
      <p role="status" data-testid="sync-status">
        {statusText(status, language)}
      </p>
      {last && <p className="subtle" data-testid="sync-last">{last}</p>}
    </div>
  );
}

function Connected({ connection, onDisconnected }: { connection: NonNullable<Connection>; onDisconnected: () => void }) {
  const syncing = useAction(() => callBackground('sync.now', {}));
  const disconnecting = useAction(async () => {
    await callBackground('sync.disconnect', {});
    onDisconnected();
  });
  return (
    <div className="form">
      <p>{t('syncConnectedTo', [connection.url, connection.username])}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void syncing.run()} disabled={syncing.state.status === 'busy'}>
          {t('syncNow')}
        </button>
        <button type="button" onClick={() => void disconnecting.run()} disabled={disconnecting.state.status === 'busy'}>
          {t('syncDisconnect')}
        </button>
      </div>
      <p className="subtle">{t('syncDisconnectHint')}</p>
      {disconnecting.state.status === 'failed' && <p role="alert">{t('optActionFailed', disconnecting.state.message)}</p>}
    </div>
  );
}

function ConnectForm({ onConnected }: { onConnected: (connection: NonNullable<Connection>) => void }) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [create, setCreate] = useState(false);
  const connecting = useAction(async (access: Promise<boolean>) => {
    // Granted or not: without the permission the server's CORS settings must let the extension in.
    await access;
    const result = await callBackground('sync.connect', { url, username, password, create });
    if (result.ok) onConnected({ url: result.url, username: username.trim() });
    return result;
  });
  const address = url.trim() ? parseServerAddress(url) : undefined;
  const addressProblem = address && !address.ok && address.problem !== 'invalid-url' ? address.problem : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void connecting.run(Promise.resolve(false));
  };
  const result = connecting.state.status === 'done' ? connecting.state.value : undefined;
  const accessHost = serverPermissionPattern(url) === undefined ? undefined : address?.ok ? address.url.hostname : undefined;
  return (
    <form className="form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('syncServerAddress')}</label>
        <input
          id={`${id}-url`}
          type="url"
          required
          value={url}
          placeholder="https://couch.example.com/rapport"
          aria-describedby={`${id}-url-hint`}
          aria-invalid={addressProblem !== undefined}
          onChange={(event) => setUrl(event.target.value)}
        />
        <p id={`${id}-url-hint`} className="subtle hint">
          {t('syncServerAddressHint')}
        </p>
        {addressProblem && <p role="alert">{problemText(addressProblem)}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-user`}>{t('syncUserName')}</label>
        <input id={`${id}-user`} required autoComplete="username" value={username} onChange={(event) => setUsername(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('syncPassword')}</label>
        <input
          id={`${id}-password`}
          type="password"
          required
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <div className="field check">
        <input id={`${id}-create`} type="checkbox" checked={create} onChange={(event) => setCreate(event.target.checked)} />
        <label htmlFor={`${id}-create`}>{t('syncCreate')}</label>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={connecting.state.status === 'busy' || addressProblem !== undefined}>
          {connecting.state.status === 'busy' ? t('syncConnecting') : t('syncConnect')}
        </button>
      </div>
      {result && !result.ok && (
        <p role="alert" data-testid="sync-problem">
          {problemText(result.problem)} {t('syncNothingChanged')}
        </p>
      )}
      {result && !result.ok && result.problem === 'cors' && accessHost && (
        <div className="actions">
          {/* The permission request must come from this click itself (a user gesture), before any await. */}
          <button type="button" onClick={() => void connecting.run(requestServerAccess(url))} disabled={connecting.state.status === 'busy'}>
            {t('syncAllowAccess', accessHost)}
          </button>
          <p className="subtle hint">{t('syncAllowAccessHint')}</p>
        </div>
      )}
      {connecting.state.status === 'failed' && <p role="alert">{t('optActionFailed', connecting.state.message)}</p>}
    </form>
  );
}
