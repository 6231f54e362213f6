// Confidence as measured precision: the logistic fit, the features, and the shipped model's currency.
import { describe, expect, it } from "vitest";
import { estimate, features, FEATURES, fitLogistic, type CalibrationModel, type ClaimFacts } from "../../src/stance/calibration";
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
        4000,
      ),
    };
    const quote = estimate(model, facts({ rules: ["r", "holder.quote"] }));
    const headline = estimate(model, facts({ rules: ["r", "holder.headline"] }));
    expect(quote).toBeGreaterThan(0.8);
    expect(quote).toBeLessThan(0.95);
    expect(headline).toBeGreaterThan(0.1);
    expect(headline).toBeLessThan(0.3);
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
    expect(SHIPPED_CALIBRATION!.features).toEqual([...FEATURES]);
  });

  it("the extractor's confidence is the shipped model's estimate for each claim", () => {
    const trace: ExtractTrace = { offTopic: false, cues: [], holdings: [], facts: new Map() };
    const text = "وقال لافروف إن مصير الأسد يقرره السوريون. وطالبت باريس برحيل الأسد، ورفضت دمشق أي حديث عن تنحي الأسد.";
    const { claims } = extractArticle("t", text, defaultLexicon(), { trace });
    expect(claims.length).toBeGreaterThanOrEqual(3);
    for (const c of claims) expect(c.confidence).toBe(estimate(SHIPPED_CALIBRATION!, trace.facts!.get(c)!));
  });
});
