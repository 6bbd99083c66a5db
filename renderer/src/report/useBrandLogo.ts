import { useEffect, useState } from 'react';
import { useAppState } from '../app-state';

/**
 * The stored logo as a data URL, read again whenever the settings say it changed (a push carries
 * its version, never its bytes).
 */
export function useBrandLogo(): string | null {
  const { api, settings } = useAppState();
  const version = settings.branding.logo?.version ?? null;
  const [logo, setLogo] = useState<{ version: string; dataUrl: string | null } | null>(null);
  useEffect(() => {
    if (version === null) return undefined;
    let live = true;
    void api.brandingLogoGet({}).then((answer) => {
      if (live && answer.ok) setLogo({ version, dataUrl: answer.value.dataUrl });
    });
    return () => {
      live = false;
    };
  }, [api, version]);
  return version !== null && logo?.version === version ? logo.dataUrl : null;
}
