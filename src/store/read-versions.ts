// What this isolate knows of each object's data version, so repeated reads are answered without calling the object.
// A version learnt from the object (a read) is trusted for READ_VERSION_TTL_MS; one learnt from a write through this
// isolate is exact at once. A reader that knows of a newer version (the dashboard hears it on its live socket) asks
// with ?min_version and reaches the object. Other isolates see a write at most READ_VERSION_TTL_MS late.

/** How long a version read from an object is trusted (ms). */
export const READ_VERSION_TTL_MS = 1000;

const known = new Map<string, { version: number; at: number }>();

/** The object key of the topic board, and of one party's history. */
export const BOARD_KEY = "board";
export const partyKey = (party: string) => `party:${party}`;

/** Note a version the object reported (never going back). */
export function noteVersion(key: string, version: number, at = Date.now()): void {
  const was = known.get(key);
  if (!was || version > was.version) known.set(key, { version, at });
  else if (version === was.version) was.at = at;
}

/** The version to answer at without calling the object, if one is trusted and not older than `atLeast`. */
export function trustedVersion(key: string, atLeast: number, now = Date.now()): number | null {
  const entry = known.get(key);
  if (!entry || entry.version < atLeast || now - entry.at >= READ_VERSION_TTL_MS) return null;
  return entry.version;
}
