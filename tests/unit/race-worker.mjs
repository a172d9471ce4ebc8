// Worker threads run plain Node: register the TypeScript loader, then run the desk.
import { register } from 'tsx/esm/api';

register();
await import('./race-worker.ts');
