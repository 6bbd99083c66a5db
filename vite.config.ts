import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

/**
 * main.tsx asks for the first screen's data, then imports the app's code. So that this code does
 * not wait for those answers (the same host serves both), the page asks for it at once: a
 * modulepreload link for every chunk the entry imports later, and a preload for their styles.
 */
function preloadLaterChunks(): Plugin {
  return {
    name: 'atelier-preload-later-chunks',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const { bundle, chunk } = context;
        if (!bundle || !chunk) return [];
        // The entry and its own styles are in the page already.
        const scripts = new Set<string>([chunk.fileName]);
        const styles = new Set<string>(chunk.viteMetadata?.importedCss ?? []);
        const linked = new Set([...scripts, ...styles]);
        const visit = (name: string): void => {
          const found = bundle[name];
          if (!found || found.type !== 'chunk' || scripts.has(name)) return;
          scripts.add(name);
          for (const css of found.viteMetadata?.importedCss ?? []) styles.add(css);
          found.imports.forEach(visit);
        };
        chunk.dynamicImports.forEach(visit);
        const tags: HtmlTagDescriptor[] = [
          ...[...scripts].filter((file) => !linked.has(file)).map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const })),
          ...[...styles].filter((file) => !linked.has(file)).map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const })),
        ];
        return tags;
      },
    },
  };
}

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: '/',
  plugins: [react(), preloadLaterChunks()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    // Everything is served from disk: no inline scripts (the CSP forbids them), no CDN.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
    // .vite/manifest.json: the participant server serves exactly the files its page loads.
    manifest: true,
    // Two pages: the app, and the participant page served to phones on the LAN (main/participants/).
    rolldownOptions: {
      input: {
        main: path.resolve(import.meta.dirname, 'renderer/index.html'),
        participant: path.resolve(import.meta.dirname, 'renderer/participant.html'),
      },
    },
  },
});
