import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadReportData } from '../batch/report-data';
import { reportText } from '../batch/report-text';
import { reportHtml } from '../batch/report-html';
import { parseArgs, checkKnown, UsageError } from './args';

export const REPORT_HELP = `spillover report DIR|FILE [--html FILE]

Summarises a sweep across replications: per parameter point, the peak year and peak height of
the CV curve (mean and 95% interval). Reads a sweep directory or a merged JSON file.
  --html FILE    also write a self-contained HTML page with the mean CV curves and their bands`;

export async function reportCommand(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, ['html']);
  checkKnown(options, ['html', 'help']);
  if (options.help) { console.log(REPORT_HELP); return 0; }
  if (positional.length !== 1) throw new UsageError('report takes one sweep directory or merged JSON file');
  if (options.html === true) throw new UsageError('--html needs a file name');
  const data = loadReportData(positional[0]);
  process.stdout.write(reportText(data));
  if (typeof options.html === 'string') {
    mkdirSync(dirname(options.html), { recursive: true });
    writeFileSync(`${options.html}.tmp`, reportHtml(data));
    renameSync(`${options.html}.tmp`, options.html);
  }
  return 0;
}
