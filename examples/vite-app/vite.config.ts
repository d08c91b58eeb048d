/**
 * The example's Vite config. `react-cognito-security` resolves to the repository root through a
 * symlink in this folder's node_modules, exactly what `npm link` or `npm install ../..` makes, so
 * the app imports the BUILT kit (`dist/`, through the root package.json's `exports` map) by its
 * package name. Every other dependency comes from the root's node_modules (one React copy).
 * In your own app, `npm install react-cognito-security` replaces all of this.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { linkKit } from './scripts/backends.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

// Throws a clear error when the kit is not built yet.
linkKit();

// Where the dev server forwards /cognito/ requests (no CORS needed): the simulator or
// cognito-local, started by scripts/dev.mjs or the end-to-end test. Unset for real Cognito.
const cognitoTarget = process.env.COGNITO_PROXY_TARGET;

export default defineConfig({
  root: here,
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom', '@tanstack/react-query'] },
  // Pre-bundled up front, so that no dependency found later makes Vite reload the page mid-session.
  optimizeDeps: {
    include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client', '@tanstack/react-query', 'lean-qr/nano'],
  },
  server: {
    host: '127.0.0.1',
    proxy: cognitoTarget
      ? { '/cognito/': { target: cognitoTarget, changeOrigin: true, rewrite: (path) => path.replace(/^\/cognito\//, '/') } }
      : undefined,
  },
});
