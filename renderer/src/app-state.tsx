import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppStatus } from '../../shared/domain/app-status';
import { DEFAULT_SETTINGS, languageFromLocale, type Language, type Settings } from '../../shared/domain/settings';
import type { AtelierApi } from '../../shared/ipc/contract';
import type { AppErrorData, Result } from '../../shared/ipc/result';
import type { Client } from './api/client';
import { earlyKey, takeEarly } from './api/early-reads';
import { useFollowedFrom } from './api/useFollowedFrom';

export interface AppState {
  client: Client;
  api: AtelierApi;
  status: AppStatus | null;
  settings: Settings;
  lang: Language;
  connected: boolean;
  /**
   * The link to main as the user should hear of it: up; lost and being retried; lost for a while
   * (Atelier is probably closed); or refused for good (the browser host restarted with a new key).
   */
  link: 'up' | 'retrying' | 'stalled' | 'refused';
  errors: AppErrorData[];
  /** Unwraps a Result: the value, or undefined after showing the error to the user. */
  run: <T>(call: Promise<Result<T>>) => Promise<T | undefined>;
  dismissError: (index: number) => void;
  setStatus: (status: AppStatus) => void;
  setSettings: (settings: Settings) => void;
}

const AppStateContext = createContext<AppState | null>(null);
const LANGUAGE_KEY = 'atelier.language';
/** How long a lost link is "reconnecting" before the page says Atelier is not answering. */
const STALLED_AFTER_MS = 15_000;

function rememberedLanguage(): Language | null {
  const value = localStorage.getItem(LANGUAGE_KEY);
  return value === 'fr' || value === 'en' ? value : null;
}

export function AppStateProvider({ client, children }: { client: Client; children: ReactNode }) {
  const [connected, setConnected] = useState(true);
  const [refused, setRefused] = useState(false);
  const [stalled, setStalled] = useState(false);
  const [errors, setErrors] = useState<AppErrorData[]>([]);

  const run = useCallback(async <T,>(call: Promise<Result<T>>): Promise<T | undefined> => {
    const result = await call;
    if (result.ok) return result.value;
    setErrors((list) => [...list.slice(-2), result.error]);
    return undefined;
  }, []);

  const followedStatus = useFollowedFrom<AppStatus>(client.events, 'status', {
    read: (first) => (first ? takeEarly(earlyKey.appStatus, () => client.api.appStatus({})) : client.api.appStatus({})),
    react: (event) => (event.type === 'statusChanged' ? { kind: 'value', value: event.payload } : undefined),
    onError: (error) => void run(Promise.resolve({ ok: false, error })),
  });
  const followedSettings = useFollowedFrom<Settings>(client.events, 'settings', {
    read: (first) => (first ? takeEarly(earlyKey.settings, () => client.api.settingsGet({})) : client.api.settingsGet({})),
    // A push carries the settings that changed: laid over those shown (or, with none yet, a read).
    react: (event, shown) => (event.type !== 'settingsChanged' ? undefined : shown ? { kind: 'value', value: { ...shown, ...event.payload } } : { kind: 'read' }),
  });
  const status = followedStatus.value ?? null;
  const settings = followedSettings.value ?? DEFAULT_SETTINGS;
  const setStatus = followedStatus.offer;
  const setSettings = followedSettings.offer;

  // The banner that says the link is lost; the followed values read themselves again when it is back.
  useEffect(() => client.events.onConnectionChange(setConnected), [client]);
  // The host was restarted with a new token: no retry can succeed, the page must be opened again.
  useEffect(() => client.events.onAccessRefused?.(() => setRefused(true)), [client]);

  useEffect(() => {
    setStalled(false);
    if (connected) return;
    const timer = window.setTimeout(() => setStalled(true), STALLED_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [connected]);
  const link: AppState['link'] = refused ? 'refused' : connected ? 'up' : stalled ? 'stalled' : 'retrying';

  const lang = settings.language ?? rememberedLanguage() ?? languageFromLocale(navigator.language);

  useEffect(() => {
    document.documentElement.lang = lang;
    // Kept in the page too, so screens shown while the database is unreadable speak the same language.
    if (settings.language) localStorage.setItem(LANGUAGE_KEY, settings.language);
  }, [lang, settings.language]);

  const value = useMemo<AppState>(
    () => ({
      client,
      api: client.api,
      status,
      settings,
      lang,
      connected,
      link,
      errors,
      run,
      dismissError: (index) => setErrors((list) => list.filter((_, i) => i !== index)),
      setStatus,
      setSettings,
    }),
    [client, status, settings, lang, connected, link, errors, run, setStatus, setSettings],
  );
  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>;
}

export function useAppState(): AppState {
  const value = useContext(AppStateContext);
  if (!value) throw new Error('useAppState outside AppStateProvider');
  return value;
}
