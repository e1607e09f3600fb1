import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

// Libraries every page needs get their own files: they change less often than our code, so browsers
// keep them cached across deploys. Mantine is left to the automatic split, so a page only downloads
// the components it uses.
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 20 },
  {
    name: 'data',
    test: /node_modules[\\/](@tanstack|i18next|react-i18next|zod|zustand|socket\.io-client|engine\.io-client|socket\.io-parser|@socket\.io)[\\/]/,
    priority: 10,
  },
];

export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 500,
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
  server: {
    port: 5173,
    proxy: { '/api': api, '/socket.io': { target: api, ws: true } },
  },
});
