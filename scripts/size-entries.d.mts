/** One size budget (scripts/size-entries.mjs). */
export interface SizeEntry {
  name: string;
  /** Package specifier → the names imported from it. */
  import?: Record<string, string>;
  loads?: 'page' | 'all';
  /** A file measured as it is (the stylesheet). */
  file?: string;
  limit: string;
}
export const kit: 'react-cognito-security';
export const entries: SizeEntry[];
