import { useI18n } from '../src/i18n';

/** The cards a group item stands for, under its text on the phone; nothing for a single card. */
export function ItemMembers({ members }: { members: readonly string[] }) {
  const { t } = useI18n();
  if (members.length === 0) return null;
  return (
    <span className="p-members" role="list" aria-label={t('participant.vote.members')}>
      {members.map((m, i) => (
        <span key={`${i}-${m}`} role="listitem" className="p-members__card">
          {m}
        </span>
      ))}
    </span>
  );
}
