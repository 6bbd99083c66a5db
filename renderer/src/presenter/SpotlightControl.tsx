import { useCallback, useState } from 'react';
import { useI18n, type I18n } from '../i18n';
import '../styles/spotlight.css';
import type { Workshop } from '../../../shared/domain/workshop';
import { projectedLabel, useSpotlightControls, type SpotlightControls } from './useSpotlightControls';
import { SpotlightMenu, type SpotlightItem } from './SpotlightMenu';
import { useSpotlightShortcuts } from './useSpotlightShortcuts';

/** The whole-screen choices, for the button's menu. */
export function screenItems(t: I18n['t'], controls: SpotlightControls): SpotlightItem[] {
  const { spotlight, projection, show, update } = controls;
  const focus = spotlight.focus.kind;
  const page = spotlight.page;
  return [
    { label: t('spotlight.follow'), checked: focus === 'step', onSelect: () => show({ kind: 'step' }) },
    { label: t('spotlight.persona'), checked: focus === 'persona', onSelect: () => show({ kind: 'persona', personaId: null }) },
    { label: t('spotlight.journey'), checked: focus === 'journey', onSelect: () => show({ kind: 'journey', mapId: null }) },
    { label: t('spotlight.results'), checked: focus === 'results', disabled: controls.session?.phase !== 'revealed', onSelect: () => show({ kind: 'results' }) },
    { label: t('spotlight.join'), checked: focus === 'join', disabled: !controls.sharingOn, onSelect: () => show({ kind: 'join' }) },
    { label: t('spotlight.blank'), checked: focus === 'blank', onSelect: () => show({ kind: 'blank' }) },
    {
      label: t(spotlight.instructionsCollapsed ? 'spotlight.instructions.show' : 'spotlight.instructions.hide'),
      disabled: !projection.instructions && !spotlight.instructionsCollapsed,
      onSelect: () => update({ instructionsCollapsed: !spotlight.instructionsCollapsed }),
    },
    { label: t('spotlight.pagePrevious'), disabled: (page ?? 0) === 0, onSelect: () => update({ page: Math.max(0, (page ?? 0) - 1) }) },
    { label: t('spotlight.pageNext'), onSelect: () => update({ page: (page ?? 0) + 1 }) },
    { label: t('spotlight.pageAuto'), disabled: page === null, onSelect: () => update({ page: null }) },
  ];
}

/**
 * On the laptop: what the room sees now, in words, and a menu to change it without touching
 * the projector. Its keyboard shortcuts work anywhere on the workshop screen.
 */
export function SpotlightControl({ workshop }: { workshop: Workshop }) {
  const { t } = useI18n();
  const controls = useSpotlightControls(workshop);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  useSpotlightShortcuts(controls);
  const label = projectedLabel(t, controls);
  const page = controls.spotlight.page;
  return (
    <div className="spotlight" role="group" aria-label={t('spotlight.region')}>
      <p className={controls.projection.spotlit ? 'spotlight__now is-spotlit' : 'spotlight__now'} role="status">
        <span className="spotlight__dot" aria-hidden="true" />
        {t('spotlight.now', { what: label })}
        {page !== null && ` · ${t('spotlight.page', { page: page + 1 })}`}
      </p>
      <button type="button" className="button button--small" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
        {t('spotlight.menu')}
      </button>
      {open && <SpotlightMenu label={t('spotlight.menu')} items={screenItems(t, controls)} onClose={close} />}
    </div>
  );
}
