// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { freshDatabase } from '../../../utils/db/test-db';
import { DEFAULT_SETTINGS } from '../../../utils/domain/settings';
import { callBackground } from '../../../utils/messaging/client';
import { button, byLabel, click, render, useEnglishMessages } from '../../shared/test-dom';
import { SettingsSection } from './SettingsSection';

vi.mock('../../../utils/messaging/client', () => ({ callBackground: vi.fn(async () => ({ rescheduled: 0 })) }));

let granted: boolean;
let allowed: boolean;
const request = vi.fn(async () => granted);

beforeEach(async () => {
  fakeBrowser.reset();
  useEnglishMessages();
  granted = true;
  allowed = false;
  request.mockClear();
  vi.mocked(callBackground).mockClear();
  Object.assign(fakeBrowser.permissions, { request, contains: vi.fn(async () => allowed) });
  await freshDatabase();
});
afterEach(() => {
  document.body.replaceChildren();
});

const reminder = (container: HTMLElement) => byLabel<HTMLInputElement>(container, 'Daily reminder');
const savedSettings = () => vi.mocked(callBackground).mock.calls.find(([type]) => type === 'settings.save')?.[1];

describe('the daily reminder setting', () => {
  it('asks the browser for notifications when ticked, and saves it on when allowed', async () => {
    const { container } = await render(<SettingsSection />);
    await click(reminder(container));
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(reminder(container).checked).toBe(true);
    await click(button(container, 'Save settings'));
    expect(savedSettings()).toMatchObject({ dailyNotification: true });
  });

  it('stays off and says why when the browser refuses', async () => {
    granted = false;
    const { container } = await render(<SettingsSection />);
    await click(reminder(container));
    expect(reminder(container).checked).toBe(false);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('The browser did not allow notifications');
    await click(button(container, 'Save settings'));
    expect(savedSettings()).toMatchObject({ dailyNotification: false });
  });

  it('shows a reminder whose permission was taken away as off, asks again when ticked, and never asks to turn it off', async () => {
    const db = await freshDatabase();
    await db.put('settings', { ...DEFAULT_SETTINGS, dailyNotification: true }, 'app');
    const { container } = await render(<SettingsSection />);
    expect(reminder(container).checked).toBe(false);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('The browser did not allow notifications');

    await click(reminder(container));
    expect(request).toHaveBeenCalledTimes(1);
    expect(reminder(container).checked).toBe(true);
    expect(container.querySelector('[role="alert"]')).toBeNull();

    await click(reminder(container));
    expect(request).toHaveBeenCalledTimes(1);
    expect(reminder(container).checked).toBe(false);
  });
});
