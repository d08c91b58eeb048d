export const TABLE_HEADER: string;
/** The README rows for size-limit's JSON results (`{ name, size }`), in the entries' order. */
export function tableRows(results: ReadonlyArray<{ name: string; size: number }>, limits: ReadonlyMap<string, string>): string[];
/** README.md with the table after `TABLE_HEADER` replaced by `rows`. */
export function withTable(readme: string, rows: readonly string[]): string;
