import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, PRESENTER_ACCELERATOR, type MenuEnvironment } from '../../../main/electron/menu';
import { MENU_LABELS } from '../../../main/electron/menu-labels';

const linux: MenuEnvironment = { platform: 'linux', packaged: true, appName: 'Atelier' };
const mac: MenuEnvironment = { platform: 'darwin', packaged: true, appName: 'Atelier' };

function topLabels(template: MenuItemConstructorOptions[]): Array<string | undefined> {
  return template.map((item) => item.label);
}

function submenu(template: MenuItemConstructorOptions[], role: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.role === role);
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function everyItem(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...everyItem((item.submenu ?? []) as MenuItemConstructorOptions[])]);
}

const noop = { togglePresenter: () => {} };

describe('application menu', () => {
  it('is in English', () => {
    const template = buildMenuTemplate('en', noop, linux);
    expect(topLabels(template)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(submenu(template, 'editMenu').map((item) => item.label)).toEqual([
      'Undo', 'Redo', undefined, 'Cut', 'Copy', 'Paste', 'Select All',
    ]);
    expect(submenu(template, 'fileMenu')).toEqual([{ role: 'quit', label: 'Quit Atelier' }]);
  });

  it('is in French', () => {
    const template = buildMenuTemplate('fr', noop, linux);
    expect(topLabels(template)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(submenu(template, 'editMenu').map((item) => item.label)).toEqual([
      'Annuler', 'Rétablir', undefined, 'Couper', 'Copier', 'Coller', 'Tout sélectionner',
    ]);
    expect(submenu(template, 'viewMenu')[0]?.label).toBe('Fenêtre de présentation');
    expect(submenu(template, 'fileMenu')).toEqual([{ role: 'quit', label: 'Quitter Atelier' }]);
  });

  it.each(['en', 'fr'] as const)('gives every %s item other than separators a label from the table', (lang) => {
    const labels = new Set(Object.values(MENU_LABELS[lang]).map((label) => label.replace('{app}', 'Atelier')));
    for (const platform of [linux, mac]) {
      for (const item of everyItem(buildMenuTemplate(lang, noop, { ...platform, packaged: false }))) {
        if (item.type === 'separator' || item.role === 'appMenu') continue;
        expect(labels.has(item.label ?? ''), `${lang} ${item.role ?? item.id}: ${item.label}`).toBe(true);
      }
    }
  });

  it('has matching French and English tables', () => {
    expect(Object.keys(MENU_LABELS.fr).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
  });

  it('toggles the presenter window from the View menu with CmdOrCtrl+Shift+P', () => {
    const togglePresenter = vi.fn();
    const item = submenu(buildMenuTemplate('en', { togglePresenter }, linux), 'viewMenu').find((entry) => entry.id === 'presenter');
    expect(item?.accelerator).toBe(PRESENTER_ACCELERATOR);
    expect(PRESENTER_ACCELERATOR).toBe('CmdOrCtrl+Shift+P');
    (item?.click as () => void)();
    expect(togglePresenter).toHaveBeenCalledOnce();
  });

  it('offers developer tools only in unpackaged runs, and never reload', () => {
    const roles = (env: MenuEnvironment) => everyItem(buildMenuTemplate('en', noop, env)).map((item) => item.role);
    expect(roles({ ...linux, packaged: false })).toContain('toggleDevTools');
    expect(roles(linux)).not.toContain('toggleDevTools');
    expect(roles({ ...linux, packaged: false })).not.toContain('reload');
    expect(roles({ ...linux, packaged: false })).not.toContain('forceReload');
  });

  it('has full screen, minimize and close everywhere', () => {
    const roles = everyItem(buildMenuTemplate('en', noop, linux)).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['togglefullscreen', 'minimize', 'close', 'about']));
  });

  it('follows macOS conventions: app menu first, close in File, zoom in Window', () => {
    const template = buildMenuTemplate('fr', noop, mac);
    expect(template[0]).toMatchObject({ role: 'appMenu', label: 'Atelier' });
    expect(submenu(template, 'appMenu').map((item) => item.label)).toContain('Quitter Atelier');
    expect(submenu(template, 'appMenu').map((item) => item.label)).toContain('À propos de Atelier');
    expect(submenu(template, 'fileMenu')).toEqual([{ role: 'close', label: 'Fermer la fenêtre' }]);
    expect(submenu(template, 'windowMenu').map((item) => item.role)).toEqual(['minimize', 'zoom', 'close']);
    expect(submenu(buildMenuTemplate('en', noop, linux), 'windowMenu').map((item) => item.role)).toEqual(['minimize', 'close']);
  });
});
