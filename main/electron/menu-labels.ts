import type { Language } from '../../shared/domain/settings';

/**
 * Menu texts. Electron's role items default to English (and to the OS language only on macOS),
 * so every item gets an explicit label from this table. `{app}` is replaced by the app name.
 */
export interface MenuLabels {
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  unhide: string;
  quit: string;
  file: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  toggleDevTools: string;
  toggleFullScreen: string;
  presenter: string;
  window: string;
  minimize: string;
  zoom: string;
  close: string;
  help: string;
}

export const MENU_LABELS: Readonly<Record<Language, Readonly<MenuLabels>>> = Object.freeze({
  en: Object.freeze({
    about: 'About {app}',
    services: 'Services',
    hide: 'Hide {app}',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit {app}',
    file: 'File',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    toggleDevTools: 'Toggle Developer Tools',
    toggleFullScreen: 'Toggle Full Screen',
    presenter: 'Presenter Window',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close Window',
    help: 'Help',
  }),
  fr: Object.freeze({
    about: 'À propos de {app}',
    services: 'Services',
    hide: 'Masquer {app}',
    hideOthers: 'Masquer les autres',
    unhide: 'Tout afficher',
    quit: 'Quitter {app}',
    file: 'Fichier',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: 'Affichage',
    toggleDevTools: 'Outils de développement',
    toggleFullScreen: 'Plein écran',
    presenter: 'Fenêtre de présentation',
    window: 'Fenêtre',
    minimize: 'Réduire',
    zoom: 'Zoom',
    close: 'Fermer la fenêtre',
    help: 'Aide',
  }),
});
