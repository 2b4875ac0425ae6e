import { describe, expect, it } from 'vitest';
import { apiSocketUrl, backoffDelay, extractToken } from '../../../../apps/renderer/src/shared/ws-url';

describe('extractToken', () => {
  it('takes the token from the query and removes it from the URL', () => {
    expect(extractToken('http://127.0.0.1:7300/dashboard.html?token=abc&x=1')).toEqual({
      token: 'abc',
      cleanHref: 'http://127.0.0.1:7300/dashboard.html?x=1',
    });
  });

  it('takes the token from the fragment, keeping other fragment parts', () => {
    expect(extractToken('http://127.0.0.1:7300/#token=t0k&view=a')).toEqual({
      token: 't0k',
      cleanHref: 'http://127.0.0.1:7300/#view=a',
    });
    expect(extractToken('http://h/#token=z').cleanHref).toBe('http://h/');
  });

  it('finds nothing in a clean URL', () => {
    expect(extractToken('http://h/dashboard.html')).toEqual({
      token: null,
      cleanHref: 'http://h/dashboard.html',
    });
    expect(extractToken('http://h/?token=').token).toBeNull();
  });
});

describe('apiSocketUrl', () => {
  it('uses ws for http pages and wss for https, on the same host', () => {
    expect(apiSocketUrl('http://127.0.0.1:7300/dashboard.html', 'a b')).toBe(
      'ws://127.0.0.1:7300/api?token=a%20b',
    );
    expect(apiSocketUrl('https://host.example/x', 't')).toBe('wss://host.example/api?token=t');
  });
});

describe('backoffDelay', () => {
  it('doubles from 0.5 s to a 10 s ceiling, with ±20 % jitter', () => {
    const mid = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 9].map((a) => backoffDelay(a, mid))).toEqual([
      500, 1000, 2000, 4000, 8000, 10000, 10000,
    ]);
    expect(backoffDelay(0, () => 0)).toBe(400);
    expect(backoffDelay(0, () => 1)).toBe(600);
  });
});
