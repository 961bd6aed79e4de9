import { describe, expect, it } from 'vitest';
import { gmailHashView, isConversationHash } from './gmail-hash';

const TOKEN = 'FMfcgzQZSwvKxmGqRlBtlNcVwTxPqHkd';

describe('gmailHashView', () => {
  it.each([
    [`#inbox/${TOKEN}`, 'conversation'],
    [`#label/Clients/${TOKEN}`, 'conversation'],
    [`#label/Clients%2FAcme/${TOKEN}`, 'conversation'],
    [`#sent/${TOKEN}`, 'conversation'],
    [`#search/q/${TOKEN}`, 'conversation'],
    [`#search/from%3Ajonas/${TOKEN}`, 'conversation'],
    [`#category/social/${TOKEN}`, 'conversation'],
    ['#all/1958b2f4c1a7e3d5', 'conversation'],
    [`#inbox/${TOKEN}?compose=new`, 'conversation'],
    [`inbox/${TOKEN}`, 'conversation'],
    ['#inbox', 'list'],
    ['#inbox?compose=new', 'list'],
    ['#inbox/p2', 'list'],
    ['#label/Clients', 'list'],
    ['#label/Clients/p3', 'list'],
    ['#starred', 'list'],
    ['#search/q', 'search'],
    ['#search/q/p2', 'search'],
    ['#advanced-search/subject=kickoff', 'search'],
    ['#settings/general', 'settings'],
    ['#settings', 'settings'],
    [`#settings/filters/${TOKEN}`, 'settings'],
    ['', 'other'],
    ['#', 'other'],
    ['#contacts', 'other'],
    [`#unknown-view/${TOKEN}`, 'other'],
    ['#inbox/short', 'other'],
    [`#inbox/${TOKEN}/extra`, 'other'],
    [`#label//${TOKEN}`, 'other'],
  ])('%s is %s', (hash, view) => {
    expect(gmailHashView(hash)).toBe(view);
    expect(isConversationHash(hash)).toBe(view === 'conversation');
  });
});
