// Webhook signatures: HMAC-SHA256 over "<timestamp>.<body>" with the webhook's secret, sent as
// `X-Tracker-Signature: t=<unix seconds>,v1=<hex>`. A receiver recomputes it and refuses an old timestamp, so a
// captured delivery cannot be replayed later.

/** Seconds a delivery stays acceptable after it was signed. */
export const REPLAY_WINDOW_SECONDS = 300;

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(message));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The signature header for a body signed now (unix seconds). */
export async function signatureHeader(secret: string, body: string, timestamp: number): Promise<string> {
  return `t=${timestamp},v1=${await hmacHex(secret, `${timestamp}.${body}`)}`;
}

/**
 * What a receiver runs: true when the header is a valid signature of the body and no older than the window.
 * Example: await verifySignature(secret, header, body, Math.floor(Date.now() / 1000)) → true
 */
export async function verifySignature(secret: string, header: string | null, body: string, now: number): Promise<boolean> {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? "");
  if (!m) return false;
  const timestamp = Number(m[1]);
  if (Math.abs(now - timestamp) > REPLAY_WINDOW_SECONDS) return false;
  const expected = await hmacHex(secret, `${timestamp}.${body}`);
  // Constant-time comparison of equal-length hex strings.
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ m[2]!.charCodeAt(i);
  return diff === 0;
}
