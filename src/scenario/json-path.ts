/**
 * A JSON pointer (`/cities/3/population`, as Ajv reports it) plus optional extra keys, written
 * the way a reader names a field: `cities[3].population`. The root is `(root)`.
 */
export function jsonPath(pointer: string, ...extra: (string | number)[]): string {
  const parts: (string | number)[] = pointer
    ? pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    : [];
  parts.push(...extra);
  return pathOf(parts);
}

/** Path segments (keys and array indices) as `a.b[2].c`; `(root)` when empty. */
export function pathOf(parts: (string | number)[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number' || /^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || '(root)';
}

/** The candidate nearest to `word` if it is a likely typo (edit distance ≤ 2, case-insensitive), else undefined. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) { bestD = d; best = c; }
  }
  return bestD <= Math.min(2, Math.floor(word.length / 2)) ? best : undefined;
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
