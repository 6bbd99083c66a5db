export declare const WEB_FALLBACK: string;
export declare function electronBinaryPath(electronDir: string, pathTxt: string | null | undefined, overrideDistPath?: string): string | null;
export type StartStep = 'build' | 'install-electron' | 'launch';
export declare function startSteps(state: { hasElectron: boolean }): StartStep[];
export declare function failureReason(output: string | null | undefined, fallback: string): string;
export declare function electronMissingMessage(reason: string): string;
export declare function electronEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
