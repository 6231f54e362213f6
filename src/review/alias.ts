// Mapping an unknown speaker to a party: the name becomes an alias in the actor lexicon (a new person of that
// party, or another name of a known actor), versioned and validated like PUT /v1/lexicon.
import { DEFAULT_LEXICON_DATA } from "../stance/default-lexicon";
import { compileLexicon, LexiconError, type ActorLexicon, type LexiconData } from "../stance/lexicon";

export class AliasError extends Error {}

/** The version after a reviewer's change: «2026-11-30.7» → «2026-11-30.7+review.1» → «…+review.2». */
export function nextReviewVersion(version: string): string {
  const m = /^(.*)\+review\.(\d+)$/.exec(version);
  return m ? `${m[1]}+review.${Number(m[2]) + 1}` : `${version}+review.1`;
}

/** A stable actor id for a new speaker: the party and a hash of the name. */
export async function speakerId(party: string, name: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(name)));
  return `${party}_speaker_${[...digest.slice(0, 4)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The actor lexicon with `name` as an alias of `actor` (an existing actor of `party`), or of a new person of
 * `party` with id `newId` when no actor is given.
 * Example: withAlias(actors, "نيربية", "national_coalition", null, "national_coalition_speaker_1a2b3c4d")
 */
export function withAlias(
  data: ActorLexicon,
  name: string,
  party: string,
  actor: string | null,
  newId: string,
): { data: ActorLexicon; actor: string } {
  const clean = name.trim().replace(/\s+/g, " ");
  if (clean.length < 2) throw new AliasError("A speaker's name has at least two letters.");
  if (!data.parties.some((p) => p.id === party))
    throw new AliasError(`Unknown party "${party}"; GET /v1/lexicon/actors lists the parties.`);
  const actors = data.actors.map((a) => ({ ...a, aliases: [...a.aliases] }));
  if (actor) {
    const target = actors.find((a) => a.id === actor);
    if (!target) throw new AliasError(`Unknown actor "${actor}".`);
    if (target.party !== party) throw new AliasError(`Actor "${actor}" belongs to "${target.party}", not "${party}".`);
    if (!target.aliases.includes(clean)) target.aliases.push(clean);
    return { data: { ...data, version: nextReviewVersion(data.version), actors }, actor };
  }
  const existing = actors.find((a) => a.id === newId);
  if (existing) {
    if (!existing.aliases.includes(clean)) existing.aliases.push(clean);
  } else actors.push({ id: newId, party, kind: "person", aliases: [clean] });
  return { data: { ...data, version: nextReviewVersion(data.version), actors }, actor: newId };
}

/** The actor lexicon without the alias an earlier decision added (a speaker created for it goes with its last name). */
export function withoutAlias(data: ActorLexicon, name: string, actor: string): ActorLexicon {
  const clean = name.trim().replace(/\s+/g, " ");
  const actors = data.actors
    .map((a) => (a.id === actor ? { ...a, aliases: a.aliases.filter((x) => x !== clean) } : a))
    .filter((a) => a.aliases.length > 0);
  return { ...data, version: nextReviewVersion(data.version), actors };
}

/** Validate the lexicon with this actor file as the extractor would compile it; a LexiconError becomes an AliasError. */
export function validateActors(actors: ActorLexicon, others: Partial<LexiconData>): void {
  try {
    compileLexicon({ ...DEFAULT_LEXICON_DATA, ...others, actors } as LexiconData);
  } catch (e) {
    if (e instanceof LexiconError) throw new AliasError(e.message);
    throw e;
  }
}
