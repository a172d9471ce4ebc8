/** One measured question: the app's answer through the dispatch next to the bare query on the same database. */
export interface Operation {
  name: string;
  /** The bar for the app's median, in ms; without one only the ratio to the bare query is judged. */
  barMs?: number;
  runs: number;
  warmup?: number;
  /** Set when the operation cannot be measured, with the reason. */
  unavailable?: string;
  app?: () => Promise<unknown>;
  bare?: () => unknown;
  /** Untimed, after each run: undo what a write added. */
  reset?: () => void | Promise<void>;
  /** How many rows (or items) a result holds, to check that both sides answer alike. */
  size?: (app: unknown, bare: unknown) => [number, number];
}
