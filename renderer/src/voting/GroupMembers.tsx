import { useI18n } from '../i18n';

/** A group item's cards, beneath its title (nothing for an item that is not a group). */
export function GroupMembers({ members, className = '' }: { members: readonly string[]; className?: string }) {
  const { t } = useI18n();
  if (members.length === 0) return null;
  return (
    <ul className={`group-members ${className}`.trim()} aria-label={t('voting.groupItem.members')}>
      {members.map((text, index) => (
        <li key={`${index}-${text}`}>{text}</li>
      ))}
    </ul>
  );
}
