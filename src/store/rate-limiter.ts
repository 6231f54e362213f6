// RateLimiter: one small object per client key, a token bucket for writes. A guard against abuse (a client
// flooding ingest), not accounting: its state lives in memory and refills on eviction.
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";

export interface Admission {
  ok: boolean;
  /** Seconds until one more write is allowed (when not ok). */
  retryAfter: number;
  remaining: number;
}

export class RateLimiter extends DurableObject<Env> {
  #tokens = -1;
  #updated = 0;

  /** Take `cost` tokens from a bucket of `perMinute` tokens that refills continuously. */
  async take(perMinute: number, cost = 1): Promise<Admission> {
    const now = Date.now();
    const rate = perMinute / 60_000;
    if (this.#tokens < 0) this.#tokens = perMinute;
    else this.#tokens = Math.min(perMinute, this.#tokens + (now - this.#updated) * rate);
    this.#updated = now;
    if (this.#tokens >= cost) {
      this.#tokens -= cost;
      return { ok: true, retryAfter: 0, remaining: Math.floor(this.#tokens) };
    }
    return { ok: false, retryAfter: Math.max(1, Math.ceil((cost - this.#tokens) / rate / 1000)), remaining: 0 };
  }
}
