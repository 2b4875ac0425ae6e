import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  hardenWebContents,
  isAllowedExternalUrl,
  isAppUrl,
  setupAppHardening,
  setupSessionSecurity,
  withCsp,
} from '../../../../apps/main/src/electron/security';
import { app, fakeEvent, FakeWebContents, resetElectronFake, session, shell } from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

beforeEach(() => resetElectronFake());

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://z.ai/manage-apikey/apikey-list',
    'https://open.bigmodel.cn/usercenter/apikeys',
    'https://platform.minimaxi.com/user-center/basic-information',
    'https://www.minimax.io/platform',
    'https://platform.deepseek.com/usage',
    'https://github.com/cpms/cpms/releases',
    'https://github.com/cpms/cpms/releases/tag/v0.2.0',
  ])('allows the console or release page %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://z.ai/'],
    ['file URLs', 'file:///etc/passwd'],
    ['javascript: URLs', 'javascript:alert(1)'],
    ['data: URLs', 'data:text/html,<script>alert(1)</script>'],
    ['a look-alike suffix', 'https://evilz.ai/'],
    ['the domain as a subdomain of another', 'https://z.ai.evil.com/'],
    ['a look-alike of bigmodel', 'https://bigmodel.cn.attacker.net/'],
    ['credentials before the host', 'https://z.ai@evil.com/'],
    ['credentials on an allowed host', 'https://user:pass@z.ai/'],
    ['an explicit port', 'https://z.ai:8443/'],
    ['other deepseek hosts', 'https://evil.deepseek.com/'],
    ['other GitHub paths', 'https://github.com/attacker/repo'],
    ['a release-page prefix trick', 'https://github.com/cpms/cpms/releases-evil'],
    ['garbage', 'not a url'],
    ['an empty string', ''],
  ])('refuses %s', (_why, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('isAppUrl', () => {
  const rendererDir = join('/opt', 'cpms', 'out', 'renderer');
  const fileOrigin = { kind: 'file', rendererDir } as const;

  it('accepts the built pages, with or without a hash', () => {
    const page = pathToFileURL(join(rendererDir, 'dashboard.html')).href;
    expect(isAppUrl(page, fileOrigin)).toBe(true);
    expect(isAppUrl(`${page}#/settings`, fileOrigin)).toBe(true);
  });

  it('refuses files outside the renderer folder, including via ..', () => {
    expect(isAppUrl(pathToFileURL('/etc/passwd').href, fileOrigin)).toBe(false);
    expect(isAppUrl('file:///opt/cpms/out/renderer/../main/index.js', fileOrigin)).toBe(false);
    expect(isAppUrl(pathToFileURL(rendererDir).href, fileOrigin)).toBe(false);
  });

  it('refuses file URLs with a host and non-file schemes', () => {
    expect(isAppUrl('file://server/opt/cpms/out/renderer/dashboard.html', fileOrigin)).toBe(false);
    expect(isAppUrl('https://z.ai/dashboard.html', fileOrigin)).toBe(false);
    expect(isAppUrl('garbage', fileOrigin)).toBe(false);
  });

  it('in development accepts only the dev server origin', () => {
    const dev = { kind: 'dev', origin: 'http://localhost:5173' } as const;
    expect(isAppUrl('http://localhost:5173/dashboard.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/dashboard.html', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/dashboard.html', dev)).toBe(false);
    expect(isAppUrl('file:///opt/cpms/out/renderer/dashboard.html', dev)).toBe(false);
  });
});

describe('CSP header', () => {
  it('is strict: no remote scripts, no eval, no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });

  it('replaces any CSP the response carried and keeps the other headers', () => {
    const out = withCsp({ 'content-security-policy': ['script-src *'], 'Content-Type': ['text/html'] });
    expect(out).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('setupSessionSecurity', () => {
  it('denies every permission request and check but clipboard writes, and adds the CSP header to responses', () => {
    const ses = session.defaultSession;
    setupSessionSecurity(ses as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      ses.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(ses.permissionCheckHandler?.({}, permission, 'file://')).toBe(false);
    }
    const write = vi.fn();
    ses.permissionRequestHandler?.({}, 'clipboard-sanitized-write', write);
    expect(write).toHaveBeenCalledWith(true);
    expect(ses.devicePermissionHandler?.({})).toBe(false);
    const callback = vi.fn();
    ses.webRequest.headersReceived?.({ url: 'file:///x', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('hardenWebContents', () => {
  const harden = (): FakeWebContents => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    return contents;
  };

  it('denies every navigation, and sends allow-listed links to the browser', () => {
    const contents = harden();
    expect(contents.navigate('https://evil.example/').defaultPrevented).toBe(true);
    expect(contents.navigate('file:///etc/passwd').defaultPrevented).toBe(true);
    expect(contents.navigate('https://z.ai/manage-apikey').defaultPrevented).toBe(true);
    expect(shell.opened).toEqual(['https://z.ai/manage-apikey']);
  });

  it('denies redirects without opening anything', () => {
    const contents = harden();
    expect(contents.navigate('https://z.ai/', 'will-redirect').defaultPrevented).toBe(true);
    expect(shell.opened).toEqual([]);
  });

  it('denies window.open, opening only allow-listed https URLs externally', () => {
    const contents = harden();
    expect(contents.openWindow('https://platform.deepseek.com/api_keys')).toEqual({ action: 'deny' });
    expect(contents.openWindow('http://platform.deepseek.com/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://platform.deepseek.com/api_keys']);
  });

  it('refuses to attach a <webview>', () => {
    const contents = harden();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('is applied to every web contents the app creates', () => {
    setupAppHardening(app as unknown as App);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.navigate('https://evil.example/').defaultPrevented).toBe(true);
  });
});
