import { readFileSync } from 'node:fs';
import { validateScenario } from '../scenario/validate';
import { parseArgs, checkKnown, UsageError } from './args';

export const VALIDATE_HELP = `spillover validate FILE…  Checks scenario files against scenarios/schema.json

Prints "FILE: valid" for each good file, or every problem of a bad one as "FILE: path: reason"
(all problems at once, JSON-path-like paths such as cities[3].population). Also checks what a
schema cannot: unique names, events naming known cities and sectors inside the horizon.
Exit code 0 when every file is valid, 2 otherwise.`;

/** Problems of one scenario file (unreadable, not JSON, or invalid), as message lines. */
export function validateFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return [`cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`];
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return [`not valid JSON (${(e as Error).message})`];
  }
  return validateScenario(raw);
}

export async function validateCommand(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, []);
  checkKnown(options, ['help']);
  if (options.help) { console.log(VALIDATE_HELP); return 0; }
  if (!positional.length) throw new UsageError('validate takes one or more scenario files');
  let bad = 0;
  for (const file of positional) {
    const problems = validateFile(file);
    if (!problems.length) console.log(`${file}: valid`);
    else { bad++; for (const p of problems) console.log(`${file}: ${p}`); }
  }
  return bad ? 2 : 0;
}
