/** The browser module worker: builds the engine API and exposes it. Nothing else. */
import * as Comlink from 'comlink';
import { createEngineApi } from './worker-api';

Comlink.expose(createEngineApi());
