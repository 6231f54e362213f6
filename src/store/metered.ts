// The load each Durable Object carries: every RPC method call counted in memory (one integer increment, no I/O),
// read back with load(). Operators see which object is busiest (GET /v1/ops/load), and the benchmark reads the
// calls each object served per ingested article at 1 and at 4 concurrent feeds.
import type { DurableObject } from "cloudflare:workers";

/** Calls an object has served since it started (an evicted or restarted object starts again from zero). */
export interface ObjectLoad {
  calls: number;
  byMethod: Record<string, number>;
  /** When this instance started counting (ISO time). */
  since: string;
}

/** An object as the Worker sees it once metered: its own methods and load(). */
export type Loaded<T> = T & { load(): Promise<ObjectLoad> };

/** Per instance: its counts (kept off the instance so no counting method is reachable over RPC). */
const counts = new WeakMap<object, ObjectLoad>();

/** The methods a caller reaches over RPC: the class's own, not the runtime's handlers. */
const HANDLERS = new Set(["constructor", "fetch", "alarm", "webSocketMessage", "webSocketClose", "webSocketError", "load"]);

/**
 * The class with each of its RPC methods counted. Example: export const ArticleIndex = metered(ArticleIndexObject)
 */
export function metered<T extends abstract new (...args: any[]) => DurableObject<any>>(Base: T): T {
  abstract class Metered extends Base {
    /** The calls this instance has served since it started, by method. */
    async load(): Promise<ObjectLoad> {
      const load = loadOf(this);
      return { calls: load.calls, byMethod: { ...load.byMethod }, since: load.since };
    }
  }
  for (const name of Object.getOwnPropertyNames(Base.prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(Base.prototype, name);
    if (HANDLERS.has(name) || typeof descriptor?.value !== "function") continue;
    const method = descriptor.value as (...args: unknown[]) => unknown;
    Object.defineProperty(Metered.prototype, name, {
      ...descriptor,
      value: function (this: Metered, ...args: unknown[]) {
        const load = loadOf(this);
        load.calls++;
        load.byMethod[name] = (load.byMethod[name] ?? 0) + 1;
        return method.apply(this, args);
      },
    });
  }
  Object.defineProperty(Metered, "name", { value: Base.name });
  return Metered as unknown as T;
}

function loadOf(instance: object): ObjectLoad {
  let load = counts.get(instance);
  if (!load) counts.set(instance, (load = { calls: 0, byMethod: {}, since: new Date().toISOString() }));
  return load;
}
