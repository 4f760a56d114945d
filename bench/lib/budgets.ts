/** The performance budgets the README's performance section states; the benchmark checks each. */
export const budgets = {
  firstPaintJsVsFloor: 2.2,
  firstPaintCssGzipBytes: 60 * 1024,
  wizardChunksGzipBytes: 80 * 1024,
  wizardReadyVsFloorPaintAt4x: 2.5,
  keystrokeP95Ms: 16,
  keystrokeP95MsAt4x: 50,
  stepChangeMsAt4x: 100,
  searchAfterLastKeyMs: 300,
  largeFirstPageMs: 500,
  heapGrowthAfter20Pages: 1.5,
  mockListRequestsPerSecond: 1500,
  mockListP99Ms: 50,
  demoMockGzipBytes: 60 * 1024,
  demoColdLoadVsProduction: 1.5,
} as const;

export interface BudgetLine {
  name: string;
  value: string;
  budget: string;
  pass: boolean;
}

export function atMost(name: string, value: number, limit: number, format: (n: number) => string): BudgetLine {
  return { name, value: format(value), budget: `≤ ${format(limit)}`, pass: Number.isFinite(value) && value <= limit };
}

export function atLeast(name: string, value: number, limit: number, format: (n: number) => string): BudgetLine {
  return { name, value: format(value), budget: `≥ ${format(limit)}`, pass: Number.isFinite(value) && value >= limit };
}

export const fmt = {
  kb: (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`,
  ms: (ms: number) => `${ms.toFixed(0)} ms`,
  x: (ratio: number) => `${ratio.toFixed(2)}x`,
  rps: (n: number) => `${n.toFixed(0)} req/s`,
};
