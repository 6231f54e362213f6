// Fault injection points: named places where a test can make the next call fail (a KV write, a party
// object, the Directory, a queue job) to prove that a retry completes the work exactly once. Inert unless a
// test arms a fault; nothing in production arms one.

const armed = new Map<string, number>();
let injected = 0;

/** Make the next `times` passes through `point` throw. */
export function injectFault(point: FaultPoint, times = 1): void {
  armed.set(point, (armed.get(point) ?? 0) + times);
}

export function clearFaults(): void {
  armed.clear();
}

/** How many faults have fired in this isolate. */
export function faultsFired(): number {
  return injected;
}

export type FaultPoint = "kv.put.article" | "party.record" | "board.record" | "index.record" | "queue.job" | "extract.batch";

/** Throw if a fault is armed at this point. */
export function faultPoint(point: FaultPoint): void {
  const left = armed.get(point);
  if (!left) return;
  if (left <= 1) armed.delete(point);
  else armed.set(point, left - 1);
  injected++;
  throw new Error(`injected fault at ${point}`);
}
