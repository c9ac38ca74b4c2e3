/** A small argument parser: positionals, `--flag`, `--key value` and `--key=value`. */
export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valued: string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { positional.push(a); continue; }
    const eq = a.indexOf('=');
    const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (eq > 0) options[key] = a.slice(eq + 1);
    else if (valued.includes(key)) {
      if (i + 1 >= argv.length) throw new UsageError(`--${key} needs a value`);
      options[key] = argv[++i];
    } else options[key] = true;
  }
  return { positional, options };
}

/** An option that must be a number within limits, or undefined when absent. */
export function numberOption(o: ParsedArgs['options'], key: string, min: number, max: number, integer = false): number | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v === true || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${key} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got "${v === true ? '' : v}"`);
  }
  return n;
}

/** Rejects options the command does not know (typos must not pass silently). */
export function checkKnown(o: ParsedArgs['options'], known: string[]): void {
  for (const k of Object.keys(o)) if (!known.includes(k)) throw new UsageError(`unknown option --${k}`);
}
