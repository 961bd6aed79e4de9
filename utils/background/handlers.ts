import { createCoreHandlers } from './core-handlers';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './router';

/** Every feature's handlers; each feature owns one file and one line here. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createCoreHandlers(deps),
  };
}
