#!/usr/bin/env node
// The `spillover` command. Node 20 cannot run TypeScript itself, so this boot file loads the
// CLI through tsx's API (a runtime dependency); no build step is needed after `npm ci`.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
