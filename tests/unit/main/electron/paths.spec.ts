import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appOrigin, pageTarget, preloadPath, trayIconDir } from '../../../../apps/main/src/electron/paths';

const mainDir = join('/app', 'out', 'main');

describe('paths', () => {
  it('loads built pages next to the main bundle, or from the dev server', () => {
    expect(pageTarget('widget', mainDir, undefined)).toEqual({
      kind: 'file',
      path: join('/app', 'out', 'renderer', 'widget.html'),
    });
    expect(pageTarget('dashboard', mainDir, 'http://localhost:5173')).toEqual({
      kind: 'url',
      url: 'http://localhost:5173/dashboard.html',
    });
    expect(pageTarget('dashboard', mainDir, 'http://localhost:5173/')).toEqual({
      kind: 'url',
      url: 'http://localhost:5173/dashboard.html',
    });
  });

  it('checks senders against the renderer folder, or the dev server origin', () => {
    expect(appOrigin(mainDir, undefined)).toEqual({
      kind: 'file',
      rendererDir: join('/app', 'out', 'renderer'),
    });
    expect(appOrigin(mainDir, 'http://localhost:5173/')).toEqual({
      kind: 'dev',
      origin: 'http://localhost:5173',
    });
  });

  it('finds each window its own preload bundle', () => {
    expect(preloadPath('dashboard', mainDir)).toBe(join('/app', 'out', 'preload', 'index.cjs'));
    expect(preloadPath('widget', mainDir)).toBe(join('/app', 'out', 'preload', 'widget.cjs'));
  });

  it('reads tray icons from the resources folder when packaged, from the checkout otherwise', () => {
    expect(trayIconDir('/repo', false, '/opt/CPMS/resources')).toBe(join('/repo', 'resources', 'tray'));
    expect(trayIconDir('/repo', true, '/opt/CPMS/resources')).toBe(join('/opt/CPMS/resources', 'tray'));
  });
});
