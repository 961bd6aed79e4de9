import { describe, expect, it } from 'vitest';
import { parseServerAddress, SERVER_PERMISSION_SCOPE, serverPermissionPattern, serverRoot } from './server-address';

describe('parseServerAddress', () => {
  it('takes https anywhere and http only on this computer', () => {
    expect(parseServerAddress('https://couch.example.com/rapport/').ok).toBe(true);
    expect(parseServerAddress('http://127.0.0.1:5984/rapport').ok).toBe(true);
    expect(parseServerAddress('http://localhost:5984/rapport').ok).toBe(true);
    expect(parseServerAddress('http://couch.example.com/rapport')).toEqual({ ok: false, problem: 'https-required' });
    expect(parseServerAddress('ftp://couch.example.com/rapport')).toEqual({ ok: false, problem: 'invalid-url' });
    expect(parseServerAddress('couch')).toEqual({ ok: false, problem: 'invalid-url' });
  });

  it('refuses a password in the address and an address without a database', () => {
    expect(parseServerAddress('https://anna:secret@couch.example.com/rapport')).toEqual({ ok: false, problem: 'credentials-in-url' });
    expect(parseServerAddress('https://couch.example.com/')).toEqual({ ok: false, problem: 'no-database' });
  });

  it('finds the server root, also behind a path prefix', () => {
    const parsed = parseServerAddress('https://example.com/couch/rapport/');
    if (!parsed.ok) throw new Error('should parse');
    expect(parsed.url.href).toBe('https://example.com/couch/rapport');
    expect(serverRoot(parsed.url).href).toBe('https://example.com/couch/');
  });
});

describe('serverPermissionPattern', () => {
  it('asks for the server’s host alone, within what the manifest lists as optional', () => {
    expect(serverPermissionPattern('https://couch.example.com:6984/rapport')).toBe('https://couch.example.com/*');
    expect(serverPermissionPattern('http://127.0.0.1:5984/rapport')).toBe('http://127.0.0.1/*');
    expect(serverPermissionPattern('http://couch.example.com/rapport')).toBeUndefined();
    expect(serverPermissionPattern('http://[::1]:5984/rapport')).toBeUndefined();
    const scope = SERVER_PERMISSION_SCOPE.map((pattern) => new RegExp(`^${pattern.replace(/[.[\]]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
    for (const address of ['https://couch.example.com/rapport', 'http://localhost:5984/rapport', 'http://127.0.0.1:5984/rapport']) {
      const pattern = serverPermissionPattern(address) ?? '';
      expect(scope.some((allowed) => allowed.test(pattern)), pattern).toBe(true);
    }
  });
});
