import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

// Libraries every page needs get their own files: they change less often than our code, so browsers
// keep them cached across deploys. Mantine is left to the automatic split, so a page only downloads
// the components it uses; so is socket.io's client, which comes after sign-in (lib/socket.ts).
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 20 },
  {
    name: 'data',
    test: /node_modules[\\/](@tanstack|i18next|react-i18next|zod|zustand)[\\/]/,
    priority: 10,
  },
];

// Pages behind sign-in: offline, the service worker gives them the app shell (index.html), so a document
// opened before reloads and goes on from this browser's copy. Every other path, the signed-out pages
// above all (prerendered per cookie by the API, core/spa.ts), always comes from the network.
const appShellPaths = [/^\/(networks|voor-mij|meldingen|profile|beheer)(\/|$)/];

// The service worker (sw.js): precaches the built scripts, styles and index.html, and answers navigations
// to signed-in pages with index.html. The shell holds no personal data (it asks /api/auth/me like
// always); /api and /socket.io never pass through its cache. Registered after sign-in (lib/app-shell.ts).
const appShell = VitePWA({
  strategies: 'generateSW',
  registerType: 'autoUpdate',
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html}'],
    globIgnores: ['prerendered/**', '.vite/**'],
    navigateFallback: 'index.html',
    navigateFallbackAllowlist: appShellPaths,
    navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/socket\.io(\/|$)/],
    // A new deploy takes over at once; old precaches are removed (their hashed files are gone from the server too).
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // One file, served like the app's other root files; no workbox-*.js beside it.
    inlineWorkboxRuntime: true,
    sourcemap: false,
  },
});

export default defineConfig(({ isSsrBuild, command }) => ({
  root: __dirname,
  define: { __APP_SHELL__: JSON.stringify(command === 'build' && !isSsrBuild) },
  // Each text file also as .br and .gz: the API serves those (precompressed at the best levels, once,
  // instead of on every request) to browsers that accept them. The Node build (prerender) needs none.
  plugins: [react(), !isSsrBuild && appShell, !isSsrBuild && compression({ threshold: 1024, algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks the first page loads (npm run budget:js reads it).
    manifest: true,
    chunkSizeWarningLimit: 500,
    rolldownOptions: isSsrBuild ? {} : { output: { codeSplitting: { groups: vendorGroups } } },
  },
  server: {
    port: 5173,
    proxy: { '/api': api, '/socket.io': { target: api, ws: true } },
  },
}));
