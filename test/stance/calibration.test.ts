// Confidence as measured precision: the logistic fit, the features, and the shipped model's currency.
import { describe, expect, it } from "vitest";
import {
  estimate,
  features,
  FEATURES,
  featuresWithRules,
  fitLogistic,
  RULE_FEATURE,
  ruleFeature,
  type CalibrationModel,
  type ClaimFacts,
} from "../../src/stance/calibration";
import { SHIPPED_CALIBRATION } from "../../src/stance/calibration-table";
import { defaultLexicon } from "../../src/stance/default-lexicon";
import { extractArticle, type ExtractTrace } from "../../src/stance/index";
import { EXTRACTOR_BUILD } from "../../src/stance/version";

const facts = (over: Partial<ClaimFacts> = {}): ClaimFacts => ({
  topic: "assad_role",
  stance: "must_go",
  rules: ["compose.assad.go", "holder.frame"],
  person: false,
  prior: 0.7,
  agreeing: 0,
  contrary: 0,
  others: 0,
  ...over,
});

describe("calibration", () => {
  it("reads a claim's kind into features", () => {
    const x = features(facts({ rules: ["compose.assad.go.turned", "holder.quote"], reportedBy: "russia", contrary: 2 }));
    expect(x).toHaveLength(FEATURES.length);
    const at = (name: string) => x[FEATURES.indexOf(name)];
    expect(at("intercept")).toBe(1);
    expect(at("method:quote")).toBe(1);
    expect(at("method:frame")).toBe(0);
    expect(at("family:compose.assad")).toBe(1);
    expect(at("turned")).toBe(1);
    expect(at("reported")).toBe(1);
    expect(at("contrary")).toBe(1);
  });

  it("learns how often each kind is right", () => {
    // Quotes right 9 times in 10, headlines 2 in 10.
    const rows: Array<[ClaimFacts, boolean]> = [];
    for (let i = 0; i < 10; i++) {
      rows.push([facts({ rules: ["r", "holder.quote"] }), i < 9]);
      rows.push([facts({ rules: ["r", "holder.headline"] }), i < 2]);
    }
    const model: CalibrationModel = {
      fittedOn: "test",
      features: [...FEATURES],
      weights: fitLogistic(
        rows.map(([f]) => features(f)),
        rows.map(([, y]) => y),
        0.001,
      ),
    };
    const quote = estimate(model, facts({ rules: ["r", "holder.quote"] }));
    const headline = estimate(model, facts({ rules: ["r", "holder.headline"] }));
    expect(quote).toBeGreaterThan(0.8);
    expect(quote).toBeLessThan(0.95);
    expect(headline).toBeGreaterThan(0.1);
    expect(headline).toBeLessThan(0.3);
  });

  it("learns how often each cue rule is right, beside its family and holder path", () => {
    // Two rules of one family, one holder path: «pre.a» right 19 times in 20, «pre.b» 6 in 20.
    const rows: Array<[ClaimFacts, boolean]> = [];
    for (let i = 0; i < 20; i++) {
      rows.push([facts({ rules: ["pre.a", "holder.frame"] }), i < 19]);
      rows.push([facts({ rules: ["pre.b", "holder.frame"] }), i < 6]);
    }
    const rules = ["pre.a", "pre.b"];
    expect(featuresWithRules(rows[0]![0], rules).slice(-2)).toEqual([1, 0]);
    const model: CalibrationModel = {
      fittedOn: "test",
      features: [...FEATURES, ...rules.map(ruleFeature)],
      weights: fitLogistic(
        rows.map(([f]) => featuresWithRules(f, rules)),
        rows.map(([, y]) => y),
        0.001,
      ),
    };
    const a = estimate(model, facts({ rules: ["pre.a", "holder.frame"] }));
    const b = estimate(model, facts({ rules: ["pre.b", "holder.frame"] }));
    expect(a).toBeGreaterThan(0.88);
    expect(a).toBeLessThan(0.99);
    expect(b).toBeGreaterThan(0.2);
    expect(b).toBeLessThan(0.4);
    // A rule the model does not name is read by its other features alone: between the two.
    const other = estimate(model, facts({ rules: ["pre.c", "holder.frame"] }));
    expect(other).toBeGreaterThan(b);
    expect(other).toBeLessThan(a);
  });

  it("fits the same weights as the log-loss's minimum (its gradient vanishes there)", () => {
    const rows: Array<[number[], boolean]> = [];
    for (let i = 0; i < 60; i++) rows.push([[1, (i % 7) / 7, i % 3 === 0 ? 1 : 0], (i * 37) % 11 < 7 + (i % 3 === 0 ? 3 : 0)]);
    const l2 = 0.01;
    const w = fitLogistic(
      rows.map(([x]) => x),
      rows.map(([, y]) => y),
      l2,
    );
    for (let j = 0; j < 3; j++) {
      let g = j === 0 ? 0 : l2 * w[j]!;
      for (const [x, y] of rows)
        g += ((1 / (1 + Math.exp(-(w[0]! * x[0]! + w[1]! * x[1]! + w[2]! * x[2]!))) - (y ? 1 : 0)) * x[j]!) / rows.length;
      expect(Math.abs(g)).toBeLessThan(1e-4);
    }
  });

  it("a model with fewer features than the code reads only those it names", () => {
    const model: CalibrationModel = { fittedOn: "test", features: ["intercept", "turned"], weights: [0, 2] };
    expect(estimate(model, facts({ rules: ["x.turned", "holder.frame"] }))).toBeCloseTo(0.88, 2);
    expect(estimate(model, facts())).toBe(0.5);
  });

  it("the shipped model was fitted on this extractor build and lexicon (run npm run calibrate after changing them)", () => {
    expect(SHIPPED_CALIBRATION).not.toBeNull();
    expect(SHIPPED_CALIBRATION!.build).toBe(EXTRACTOR_BUILD);
    expect(SHIPPED_CALIBRATION!.lexicon).toBe(defaultLexicon().version);
    // FEATURES, then the cue rules common enough in the fitted rounds to be measured.
    expect(SHIPPED_CALIBRATION!.features.slice(0, FEATURES.length)).toEqual([...FEATURES]);
    const rules = SHIPPED_CALIBRATION!.features.slice(FEATURES.length);
    expect(rules.length).toBeGreaterThan(10);
    for (const r of rules) expect(r.startsWith(RULE_FEATURE)).toBe(true);
  });

  it("the extractor's confidence is the shipped model's estimate for each claim", () => {
    const trace: ExtractTrace = { offTopic: false, cues: [], holdings: [], facts: new Map() };
    const text = "وقال لافروف إن مصير الأسد يقرره السوريون. وطالبت باريس برحيل الأسد، ورفضت دمشق أي حديث عن تنحي الأسد.";
    const { claims } = extractArticle("t", text, defaultLexicon(), { trace });
    expect(claims.length).toBeGreaterThanOrEqual(3);
    for (const c of claims) expect(c.confidence).toBe(estimate(SHIPPED_CALIBRATION!, trace.facts!.get(c)!));
  });
});
