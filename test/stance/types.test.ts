// The labels' opposites, which every pass that turns a cue (a rejection, a denial, a judged demand) reads.
import { describe, expect, it } from "vitest";
import { STANCES, TOPICS, oppositeStance, type Topic } from "../../src/stance/types";

describe("oppositeStance", () => {
  it("turns a label into the other label of its own question, and back", () => {
    for (const topic of TOPICS as readonly Topic[]) {
      for (const stance of STANCES[topic]) {
        const turned = oppositeStance(topic, stance);
        if (!turned) continue;
        expect(STANCES[topic] as readonly string[]).toContain(turned);
        expect(turned).not.toBe(stance);
        expect(oppositeStance(topic, turned)).toBe(stance);
      }
    }
  });

  it("pairs must_go with may_stay, support with oppose, conditional with unconditional", () => {
    expect(oppositeStance("assad_role", "must_go")).toBe("may_stay");
    expect(oppositeStance("iran_participation", "oppose")).toBe("support");
    expect(oppositeStance("geneva2_preconditions", "conditional")).toBe("unconditional");
  });

  it("gives none for neutral, nor for Iran's conditional participation (refusing her conditions is no one stance)", () => {
    expect(oppositeStance("assad_role", "neutral")).toBeUndefined();
    expect(oppositeStance("iran_participation", "conditional")).toBeUndefined();
  });
});
