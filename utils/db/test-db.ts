import { forgetConnection, openRapportDB, type RapportDatabase } from './open';

let counter = 0;

/** A fresh database per test (fake-indexeddb must be imported by the test file). */
export async function freshDatabase(): Promise<RapportDatabase> {
  await forgetConnection();
  counter += 1;
  return openRapportDB(`rapport-test-${counter}-${Math.random()}`);
}
