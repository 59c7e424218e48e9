// Worker threads do not inherit tsx's module hooks from the main thread: register them here,
// then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
