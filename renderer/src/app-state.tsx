import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppStatus } from '../../shared/domain/app-status';
import { DEFAULT_SETTINGS, languageFromLocale, type Language, type Settings } from '../../shared/domain/settings';
import type { AtelierApi } from '../../shared/ipc/contract';
import type { AppErrorData, Result } from '../../shared/ipc/result';
import type { Client } from './api/client';
import { earlyKey, takeEarly } from './api/early-reads';

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
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
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

  useEffect(() => {
    const offEvents = client.events.subscribe((event) => {
      if (event.type === 'statusChanged') setStatus(event.payload);
      if (event.type === 'settingsChanged') setSettings(event.payload);
    });
    const offConnection = client.events.onConnectionChange((value) => {
      setConnected(value);
      if (value) {
        // Catch up on whatever changed while the link was down.
        void client.api.appStatus({}).then((r) => r.ok && setStatus(r.value));
        void client.api.settingsGet({}).then((r) => r.ok && setSettings(r.value));
      }
    });
    void run(takeEarly(earlyKey.appStatus, () => client.api.appStatus({}))).then((value) => value && setStatus(value));
    void takeEarly(earlyKey.settings, () => client.api.settingsGet({})).then((r) => r.ok && setSettings(r.value));
    const offRefused = client.events.onAccessRefused?.(() => setRefused(true));
    return () => {
      offEvents();
      offConnection();
      offRefused?.();
    };
  }, [client, run]);

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
    [client, status, settings, lang, connected, link, errors, run],
  );
  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>;
}

export function useAppState(): AppState {
  const value = useContext(AppStateContext);
  if (!value) throw new Error('useAppState outside AppStateProvider');
  return value;
}
