import type { CognitoSimulator } from 'react-cognito-security/testing';

export interface Backend {
  name: 'simulator' | 'cognito-local';
  /** The demo user's username here (cognito-local signs in by email address). */
  username: string;
  /** Where the dev server's /cognito/ proxy forwards to. */
  target: string;
  /** The VITE_COGNITO_* variables the app needs for this backend. */
  env: Record<'VITE_COGNITO_ENDPOINT' | 'VITE_COGNITO_REGION' | 'VITE_COGNITO_CLIENT_ID', string>;
  close(): Promise<void>;
}

export const DEMO_USER: { username: string; email: string; password: string };
export function linkKit(): void;
export function startSimulatorBackend(): Promise<Backend & { name: 'simulator'; sim: CognitoSimulator }>;
export function startCognitoLocalBackend(): Promise<Backend & { name: 'cognito-local' }>;
