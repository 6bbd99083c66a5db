import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/settings';
import { MENU_LABELS, type MenuLabels } from './menu-labels';

export interface MenuActions {
  togglePresenter: () => void;
}

export interface MenuEnvironment {
  platform: NodeJS.Platform;
  /** Developer tools only in unpackaged (development) runs. */
  packaged: boolean;
  appName: string;
}

export const PRESENTER_ACCELERATOR = 'CmdOrCtrl+Shift+P';

/**
 * The application menu, as a pure template so both languages are unit-tested. Built-in roles do
 * the work (clipboard, window management, quit); the labels come from MENU_LABELS. There is no
 * reload item: reloading would drop unsaved renderer state and is a developer tool.
 */
export function buildMenuTemplate(
  lang: Language,
  actions: MenuActions,
  env: MenuEnvironment,
): MenuItemConstructorOptions[] {
  const labels = MENU_LABELS[lang];
  const text = (key: keyof MenuLabels) => labels[key].replaceAll('{app}', env.appName);
  const isMac = env.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      role: 'appMenu',
      label: env.appName,
      submenu: [
        { role: 'about', label: text('about') },
        separator,
        { role: 'services', label: text('services') },
        separator,
        { role: 'hide', label: text('hide') },
        { role: 'hideOthers', label: text('hideOthers') },
        { role: 'unhide', label: text('unhide') },
        separator,
        { role: 'quit', label: text('quit') },
      ],
    });
  }
  template.push({
    role: 'fileMenu',
    label: text('file'),
    submenu: [isMac ? { role: 'close', label: text('close') } : { role: 'quit', label: text('quit') }],
  });
  template.push({
    role: 'editMenu',
    label: text('edit'),
    submenu: [
      { role: 'undo', label: text('undo') },
      { role: 'redo', label: text('redo') },
      separator,
      { role: 'cut', label: text('cut') },
      { role: 'copy', label: text('copy') },
      { role: 'paste', label: text('paste') },
      { role: 'selectAll', label: text('selectAll') },
    ],
  });
  template.push({
    role: 'viewMenu',
    label: text('view'),
    submenu: [
      { id: 'presenter', label: text('presenter'), accelerator: PRESENTER_ACCELERATOR, click: () => actions.togglePresenter() },
      separator,
      { role: 'togglefullscreen', label: text('toggleFullScreen') },
      ...(env.packaged ? [] : [separator, { role: 'toggleDevTools', label: text('toggleDevTools') } as const]),
    ],
  });
  template.push({
    role: 'windowMenu',
    label: text('window'),
    submenu: [
      { role: 'minimize', label: text('minimize') },
      // 'zoom' (performZoom) exists only on macOS.
      ...(isMac ? [{ role: 'zoom', label: text('zoom') } as const] : []),
      { role: 'close', label: text('close') },
    ],
  });
  template.push({
    role: 'help',
    label: text('help'),
    submenu: isMac ? [] : [{ role: 'about', label: text('about') }],
  });
  return template;
}
