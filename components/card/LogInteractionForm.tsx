import { channelLabel } from '../../utils/ui/channel-label';
import { useId, useState, type FormEvent } from 'react';
import type { Channel } from '../../utils/domain/model';
import { t } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';

const LOGGABLE: Channel[] = ['call', 'meeting', 'in-person', 'linkedin', 'email', 'note'];

function localDateTimeValue(at: number): string {
  const date = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}

export function LogInteractionForm({ contactId, defaultChannel = 'call' }: { contactId: string; defaultChannel?: Channel }) {
  const id = useId();
  const [channel, setChannel] = useState<Channel>(defaultChannel);
  const [summary, setSummary] = useState('');
  const [when, setWhen] = useState(() => localDateTimeValue(Date.now()));
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('saving');
    const at = when ? new Date(when).getTime() : Date.now();
    try {
      await callBackground('interaction.log', {
        contactId,
        channel,
        direction: 'mutual',
        at: Number.isFinite(at) ? Math.min(at, Date.now()) : Date.now(),
        summary: summary.trim() || undefined,
      });
      setSummary('');
      setStatus('saved');
    } catch (error) {
      setStatus({ error: String(error) });
    }
  };

  return (
    <form className="quick-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('logInteraction')}</h2>
      <label htmlFor={`${id}-channel`}>{t('logInteractionChannel')}</label>
      <select id={`${id}-channel`} value={channel} onChange={(event) => setChannel(event.target.value as Channel)}>
        {LOGGABLE.map((option) => (
          <option key={option} value={option}>
            {channelLabel(option)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-when`}>{t('logInteractionWhen')}</label>
      <input id={`${id}-when`} type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} />
      <label htmlFor={`${id}-summary`}>{t('logInteractionSummary')}</label>
      <textarea id={`${id}-summary`} rows={2} maxLength={2000} value={summary} onChange={(event) => setSummary(event.target.value)} />
      <button type="submit" disabled={status === 'saving'}>
        {t('save')}
      </button>
      <p role="status" className="subtle">
        {status === 'saved' ? t('logged') : typeof status === 'object' ? t('sidebarError', status.error) : ''}
      </p>
    </form>
  );
}
