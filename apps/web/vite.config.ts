import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

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

export default defineConfig(({ isSsrBuild }) => ({
  root: __dirname,
  // Each text file also as .br and .gz: the API serves those (precompressed at the best levels, once,
  // instead of on every request) to browsers that accept them. The Node build (prerender) needs none.
  plugins: [react(), !isSsrBuild && compression({ threshold: 1024, algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' })],
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
