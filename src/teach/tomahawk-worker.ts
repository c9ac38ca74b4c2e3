/** The tomahawk's module worker: builds the API and exposes it. Nothing else. */
import * as Comlink from 'comlink';
import { createTomahawkApi } from './tomahawk-api';

Comlink.expose(createTomahawkApi());
