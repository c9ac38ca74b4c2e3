import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `--help` / `-h` for a bench script whose usage is its header comment: prints that comment
 * (without its `*` margins) and exits 0. Call it first, with the script's `import.meta.url`.
 */
export function helpFromHeader(argv: string[], scriptUrl: string): void {
  if (!argv.includes('--help') && !argv.includes('-h')) return;
  const source = readFileSync(fileURLToPath(scriptUrl), 'utf8');
  console.log(source.slice(source.indexOf('/**') + 3, source.indexOf('*/')).replace(/^ \* ?/gm, '').trim());
  process.exit(0);
}
