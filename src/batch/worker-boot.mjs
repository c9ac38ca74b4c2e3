// What a sweep's worker thread starts. Node 20 cannot start a Worker on a .ts file (not even
// with --import tsx), so this plain module loads the TypeScript worker through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
