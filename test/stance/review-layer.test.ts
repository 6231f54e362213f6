// The review layer over one article's claims (src/review/layer.ts), the unknown-speaker span, and the alias edit.
import { describe, expect, it } from "vitest";
import { nextReviewVersion, withAlias, withoutAlias } from "../../src/review/alias";
import { applyDecisions, type ArticleDecision } from "../../src/review/layer";
import { DEFAULT_LEXICON_DATA } from "../../src/stance/default-lexicon";
import type { ActorLexicon } from "../../src/stance/lexicon";
import { unknownSpeakerSpan } from "../../src/stance/passes/02-speakers";
import type { Claim } from "../../src/stance/types";
import { normaliseForMatching } from "../../src/text/normalise";

const TEXT = "قال لافروف إن المؤتمر يعقد دون شروط مسبقة. وقال الجربا إنه لا دور للأسد.";
const claim = (over: Partial<Claim>): Claim => ({
  doc: "a",
  party: "russia",
  actor: "lavrov",
  topic: "geneva2_preconditions",
  stance: "unconditional",
  evidence: "دون شروط مسبقة",
  start: 27,
  end: 41,
  confidence: 0.7,
  rules: ["r"],
  ...over,
});
const ref = (c: Claim) => ({ party: c.party, topic: c.topic, stance: c.stance, start: c.start, end: c.end, evidence: c.evidence });
const decision = (id: number, d: Partial<ArticleDecision>): ArticleDecision => ({
  id,
  action: "accept",
  target: null,
  label: null,
  span: null,
  ...d,
});

describe("applyDecisions", () => {
  const lavrov = claim({});
  const jarba = claim({
    party: "national_coalition",
    actor: "jarba",
    topic: "assad_role",
    stance: "must_go",
    evidence: "لا دور للأسد",
    start: 59,
    end: 71,
  });

  it("rejects, accepts and relabels the claim a decision names; the machine's own claims are not changed", () => {
    const machine = [lavrov, jarba];
    const r = applyDecisions("a", TEXT, machine, [
      decision(1, { action: "reject", target: ref(lavrov) }),
      decision(2, {
        action: "relabel",
        target: ref(jarba),
        label: { party: "national_coalition", actor: "jarba", topic: "assad_role", stance: "neutral" },
      }),
    ]);
    expect(r.claims.map((c) => `${c.party} ${c.stance} ${c.review?.verdict}`)).toEqual(["national_coalition neutral relabelled"]);
    expect(r.claims[0]!.review!.machine).toMatchObject({ stance: "must_go", confidence: 0.7 });
    expect([...r.status]).toEqual([
      [1, "applied"],
      [2, "applied"],
    ]);
    expect(machine.map((c) => c.stance)).toEqual(["unconditional", "must_go"]);
  });

  it("finds the same evidence again after it moved (a new extractor version), else reports the decision orphaned", () => {
    const moved = claim({ start: 26, end: 41, evidence: " دون شروط مسبقة" });
    const accepted = applyDecisions("a", TEXT, [moved], [decision(1, { action: "accept", target: ref(lavrov) })]);
    expect(accepted.claims[0]!.review?.verdict).toBe("accepted");
    expect(accepted.claims[0]!.confidence).toBe(1);
    const gone = applyDecisions("a", TEXT, [jarba], [decision(1, { action: "reject", target: ref(lavrov) })]);
    expect(gone.claims).toHaveLength(1);
    expect(gone.status.get(1)).toBe("orphaned");
  });

  it("adds a missed claim with verbatim evidence, and does not double one the machine also found", () => {
    const span = { start: TEXT.indexOf("لا دور"), end: TEXT.indexOf("لا دور") + "لا دور للأسد".length };
    const label = { party: "national_coalition", actor: "national_coalition", topic: "assad_role" as const, stance: "must_go" as const };
    const added = applyDecisions("a", TEXT, [lavrov], [decision(1, { action: "add", label, span })]);
    expect(added.claims.find((c) => c.topic === "assad_role")?.evidence).toBe("لا دور للأسد");
    const merged = applyDecisions("a", TEXT, [jarba], [decision(1, { action: "add", label, span })]);
    expect(merged.claims).toHaveLength(1);
    expect(merged.claims[0]!.review?.machine?.stance).toBe("must_go");
    const outside = applyDecisions("a", TEXT, [], [decision(1, { action: "add", label, span: { start: 5, end: TEXT.length + 9 } })]);
    expect(outside.status.get(1)).toBe("orphaned");
  });

  it("a later decision on the same claim acts on the earlier one's result", () => {
    const label = { party: "russia", actor: "lavrov", topic: "geneva2_preconditions" as const, stance: "conditional" as const };
    const r = applyDecisions(
      "a",
      TEXT,
      [lavrov],
      [
        decision(1, { action: "relabel", target: ref(lavrov), label }),
        decision(2, { action: "reject", target: { ...ref(lavrov), stance: "conditional" } }),
      ],
    );
    expect(r.claims).toEqual([]);
  });
});

describe("unknownSpeakerSpan", () => {
  // Spans are read in the matching form (إ → ا …), as the extractor reads them.
  const at = (raw: string) => {
    const s = normaliseForMatching(raw).normal;
    const verb = /قالت?/.exec(s)!;
    const span = unknownSpeakerSpan(s, verb.index + verb[0].length, s.length);
    return span && s.slice(span.start, span.end);
  };
  it.each([
    ["وقال سالم الحديدي إن المؤتمر فاشل", "سالم الحديدي"],
    ["وقالت الخارجية الصينية إن المؤتمر فاشل", "الخارجيه الصينيه"],
    ["وقال نيربيه: لا دور للاسد", "نيربيه"],
    ["وقال إن المؤتمر فاشل", undefined],
    ["وقال مسؤول امريكي إن المؤتمر فاشل", undefined],
    ["وقال فيها إن المؤتمر فاشل", undefined],
    ["وقال الوزير إن المؤتمر فاشل", undefined],
  ])("%s → %s", (text, expected) => expect(at(text)).toBe(expected));
});

describe("aliases", () => {
  const actors = DEFAULT_LEXICON_DATA.actors as ActorLexicon;
  it("adds a new person of a party, or another name of a known actor, and moves the version on", () => {
    const made = withAlias(actors, "سالم  الحديدي", "jordan", null, "jordan_speaker_1");
    expect(made.data.actors.find((a) => a.id === "jordan_speaker_1")).toMatchObject({ party: "jordan", aliases: ["سالم الحديدي"] });
    expect(made.data.version).toBe(`${actors.version}+review.1`);
    const known = withAlias(made.data, "لافروف الوزير", "russia", "lavrov", "x");
    expect(known.data.actors.find((a) => a.id === "lavrov")!.aliases).toContain("لافروف الوزير");
    expect(nextReviewVersion(known.data.version)).toBe(`${actors.version}+review.3`);
    expect(() => withAlias(actors, "فلان", "atlantis", null, "x")).toThrow(/Unknown party/);
    expect(() => withAlias(actors, "فلان", "iran", "lavrov", "x")).toThrow(/belongs to "russia"/);
    const undone = withoutAlias(made.data, "سالم الحديدي", "jordan_speaker_1");
    expect(undone.actors.some((a) => a.id === "jordan_speaker_1")).toBe(false);
  });
});
