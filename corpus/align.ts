/** Word alignment between two normalized word sequences: how much of each the other carries, and in what order. */

export interface Alignment {
  /** Length of the longest common subsequence of words. */
  common: number;
  /** 2·common / (|a| + |b|): 1 for the same words in the same order. */
  dice: number;
  /** Share of the shorter side that the longer one carries, in order. */
  coverShorter: number;
  /** The shorter side appears word for word, contiguously, inside the longer. */
  contained: boolean;
  /** Longest run of words the two share contiguously. */
  longestRun: string[];
}

/** Scratch rows for align, grown to the longest line seen. */
let rows = new Uint16Array(0);

export function align(a: readonly string[], b: readonly string[]): Alignment {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return { common: 0, dice: 0, coverShorter: 0, contained: false, longestRun: [] };
  // LCS for order-aware overlap, and longest common substring for runs, in one pass of two rows
  // each; the rows are reused across calls (a page's lookups align thousands of pairs).
  if (rows.length < 4 * (m + 1)) rows = new Uint16Array(8 * (m + 1));
  let prevLcs = rows.subarray(0, m + 1).fill(0);
  let prevRun = rows.subarray(m + 1, 2 * (m + 1)).fill(0);
  let lcs = rows.subarray(2 * (m + 1), 3 * (m + 1)).fill(0);
  let run = rows.subarray(3 * (m + 1), 4 * (m + 1)).fill(0);
  let bestRun = 0;
  let bestRunEndA = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      if (a[i - 1] === b[j - 1]) {
        lcs[j] = prevLcs[j - 1]! + 1;
        run[j] = prevRun[j - 1]! + 1;
        if (run[j]! > bestRun) {
          bestRun = run[j]!;
          bestRunEndA = i;
        }
      } else {
        lcs[j] = Math.max(prevLcs[j]!, lcs[j - 1]!);
        run[j] = 0;
      }
    }
    const lcsDone = lcs;
    const runDone = run;
    lcs = prevLcs;
    run = prevRun;
    prevLcs = lcsDone;
    prevRun = runDone;
  }
  const common = prevLcs[m]!;
  const shorter = Math.min(n, m);
  return {
    common,
    dice: (2 * common) / (n + m),
    coverShorter: common / shorter,
    contained: bestRun === shorter,
    longestRun: a.slice(bestRunEndA - bestRun, bestRunEndA),
  };
}
