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

export function align(a: readonly string[], b: readonly string[]): Alignment {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return { common: 0, dice: 0, coverShorter: 0, contained: false, longestRun: [] };
  // LCS for order-aware overlap, and longest common substring for runs, in one pass of two rows each.
  let prevLcs = new Uint16Array(m + 1);
  let prevRun = new Uint16Array(m + 1);
  let bestRun = 0;
  let bestRunEndA = 0;
  for (let i = 1; i <= n; i++) {
    const lcs = new Uint16Array(m + 1);
    const run = new Uint16Array(m + 1);
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
      }
    }
    prevLcs = lcs;
    prevRun = run;
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
