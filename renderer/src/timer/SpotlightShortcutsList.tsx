import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../i18n';
import { ShortcutList } from './ShortcutList';
import { SPOTLIGHT_SHORTCUTS, type SpotlightAction } from './spotlight-shortcuts';

const LABELS: Record<SpotlightAction, MessageKey> = {
  follow: 'shortcuts.spotlightFollow',
  blank: 'shortcuts.spotlightBlank',
  join: 'shortcuts.spotlightJoin',
  results: 'shortcuts.spotlightResults',
  instructions: 'shortcuts.spotlightInstructions',
  stagePrevious: 'shortcuts.spotlightStage',
  stageNext: 'shortcuts.spotlightStage',
  pagePrevious: 'shortcuts.spotlightPage',
  pageNext: 'shortcuts.spotlightPage',
};

/** The projector's shortcuts, for the keyboard help. */
export function SpotlightShortcutsList() {
  const { t } = useI18n();
  return (
    <>
      <h3 className="shortcuts__subtitle">{t('shortcuts.spotlight')}</h3>
      <ShortcutList shortcuts={SPOTLIGHT_SHORTCUTS} labels={LABELS} />
    </>
  );
}
