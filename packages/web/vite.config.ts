import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rootModules = fileURLToPath(new URL('../../node_modules/', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The lockfile holds two copies of Mantine (9.7.3 nested under packages/web for @mantine/spotlight,
    // 9.8.1 hoisted for dates/form/notifications). Two copies mean two React contexts and a
    // "MantineProvider was not found" crash, so every import goes to the hoisted copy.
    alias: [{ find: /^@mantine\/(core|hooks)(\/.*)?$/, replacement: `${rootModules}@mantine/$1$2` }],
    dedupe: ['react', 'react-dom'],
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:4000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
