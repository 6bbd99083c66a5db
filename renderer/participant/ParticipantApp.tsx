import { useCallback, useState } from 'react';
import type { Language } from '../../shared/domain/settings';
import { I18nProvider } from '../src/i18n';
import { loadIdentity, saveIdentity, type Identity, type SignOutReason } from './connection';
import { JoinScreen } from './JoinScreen';
import { RoomScreen } from './RoomScreen';

/** The server writes the workshop's language into <html lang>; after joining, the room's state confirms it. */
function pageLanguage(): Language {
  return document.documentElement.lang === 'fr' ? 'fr' : 'en';
}

export function ParticipantApp() {
  const [identity, setIdentity] = useState<Identity | null>(loadIdentity);
  const [lang, setLang] = useState<Language>(pageLanguage);
  const [signedOut, setSignedOut] = useState<SignOutReason | null>(null);

  const onJoined = useCallback((joined: Identity) => {
    saveIdentity(joined);
    setSignedOut(null);
    setIdentity(joined);
  }, []);

  const onSignedOut = useCallback((reason: SignOutReason) => {
    saveIdentity(null);
    setIdentity(null);
    setSignedOut(reason);
  }, []);

  const onLanguage = useCallback((next: Language) => {
    document.documentElement.lang = next;
    setLang(next);
  }, []);

  return (
    <I18nProvider lang={lang}>
      {identity ? (
        <RoomScreen identity={identity} onSignedOut={onSignedOut} onLanguage={onLanguage} />
      ) : (
        <JoinScreen signedOut={signedOut} onJoined={onJoined} />
      )}
    </I18nProvider>
  );
}
