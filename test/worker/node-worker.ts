// The engine API in a Node worker thread, exposed through Comlink's node adapter (tests only).
import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createEngineApi } from '../../src/sim/worker-api';

Comlink.expose(createEngineApi(), nodeEndpoint(parentPort!));
