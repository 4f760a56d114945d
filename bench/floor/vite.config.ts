import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Same plugin and build settings as the console (`vite.config.ts`), nothing else. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  logLevel: 'warn',
});
