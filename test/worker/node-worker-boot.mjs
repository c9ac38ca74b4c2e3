// A worker_threads Worker cannot start on a .ts file in Node 20: boot through tsx instead.
import { tsImport } from 'tsx/esm/api';
await tsImport('./node-worker.ts', import.meta.url);
