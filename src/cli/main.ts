import { UsageError } from './args';
import { ScenarioError } from '../scenario/parse';
import { runCommand, RUN_HELP } from './run';
import { ENGINE_VERSION } from '../sim/summary';
import { tomahawkCommand, TOMAHAWK_HELP } from './tomahawk';
import { validateCommand, VALIDATE_HELP } from './validate';
import { sweepCommand, SWEEP_HELP } from './sweep';
import { mergeCommand, MERGE_HELP } from './merge';
import { reportCommand, REPORT_HELP } from './report';
import { SweepSpecError } from '../batch/spec';

const COMMANDS: Record<string, { help: string; run: (argv: string[]) => Promise<number> }> = {
  run: { help: RUN_HELP, run: runCommand },
  tomahawk: { help: TOMAHAWK_HELP, run: tomahawkCommand },
  validate: { help: VALIDATE_HELP, run: validateCommand },
  sweep: { help: SWEEP_HELP, run: sweepCommand },
  merge: { help: MERGE_HELP, run: mergeCommand },
  report: { help: REPORT_HELP, run: reportCommand },
};

export const HELP = `spillover — agent-based simulation of industry diffusion across a city cluster

Usage: spillover <command> [options]      (spillover <command> --help for details)

Commands:
${Object.values(COMMANDS).map((c) => '  ' + c.help.split('\n')[0]).join('\n')}

Exit codes: 0 success, 1 failure while running, 2 bad input (a one-line message says what).`;

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') { console.log(HELP); return 0; }
  if (name === '--version') { console.log(ENGINE_VERSION); return 0; }
  const cmd = COMMANDS[name];
  try {
    if (!cmd) throw new UsageError(`unknown command "${name}" (try: spillover --help)`);
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ScenarioError || e instanceof SweepSpecError) {
      console.error(`spillover: ${e.message.split('\n').join('; ')}`);
      return 2;
    }
    console.error(`spillover: ${(e as Error).stack ?? e}`);
    return 1;
  }
}
