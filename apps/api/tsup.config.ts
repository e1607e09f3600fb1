import { defineConfig } from 'tsup';

// One bundle for the API; workspace libs are bundled in, npm packages stay external.
// tsup compiles with swc because tsconfig asks for decorator metadata (Nest's DI needs it).
export default defineConfig({
  entry: { main: 'src/main.ts' },
  outDir: 'dist',
  format: ['cjs'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  clean: true,
  tsconfig: 'tsconfig.json',
  skipNodeModulesBundle: true,
  noExternal: [/^@broedplaats\//],
});
