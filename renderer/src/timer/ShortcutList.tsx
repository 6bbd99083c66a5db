import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../i18n';

/** One line of a keyboard help: what an action does, and the keys that do it. */
export interface Shortcut<A extends string> {
  action: A;
  keys: readonly string[];
}

/** A keyboard help's list: each action's keys (the space bar named in the language) and what it does. */
export function ShortcutList<A extends string>({ shortcuts, labels }: { shortcuts: readonly Shortcut<A>[]; labels: Record<A, MessageKey> }) {
  const { t } = useI18n();
  return (
    <dl className="shortcuts__list">
      {shortcuts.map(({ action, keys }) => (
        <div className="shortcuts__row" key={action}>
          <dt>
            {keys.map((key) => (
              <kbd key={key} className="kbd">
                {key === 'space' ? t('shortcuts.key.space') : key}
              </kbd>
            ))}
          </dt>
          <dd>{t(labels[action])}</dd>
        </div>
      ))}
    </dl>
  );
}
