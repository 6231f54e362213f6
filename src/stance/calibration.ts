// Confidence as measured precision: a logistic model over what is known of a claim when it is made (how its
// holder was found, which rule and family of cue made it, whether it was turned by a negation, how many cues in the
// article agree with it or contradict it), fitted by `npm run calibrate` on annotated articles the rules were never
// fixed from (the held-out rounds) and cross-validated over them, so an article never calibrates itself. Shipped as
// src/stance/calibration.json with the extractor build; the runtime only takes a dot product.

export interface CalibrationModel {
  /** Which corpus the model was fitted on. */
  fittedOn: string;
  /** The extractor build and lexicon version whose claims were counted (a test checks they are current). */
  build?: string;
  lexicon?: string;
  /** Feature names, in the order of `weights` (the first is the intercept). */
  features: string[];
  weights: number[];
}

/** What a claim's features are read from: the claim and the other holdings of its article. */
export interface ClaimFacts {
  topic: string;
  stance: string;
  /** Cue rule first, then `holder.<method>`. */
  rules: readonly string[];
  reportedBy?: string;
  /** The holder is a named person (not a state or organisation). */
  person: boolean;
  /** The hand-set confidence: the cue's weight times the trust in its holder method. */
  prior: number;
  /** Other holdings in the article with the same party, topic and label. */
  agreeing: number;
  /** Holdings in the article with the same party and topic but another label. */
  contrary: number;
  /** Holdings in the article with the same topic and label held by other parties. */
  others: number;
  /** All holdings in the article (a long transcript has many, and many are wrong). */
  holdings?: number;
  /** Characters between the holder's name and the cue (0 inside it; a holder from an earlier sentence is far). */
  distance?: number;
  /** The cue stands in a title or heading. */
  title?: boolean;
}

const METHODS = ["quote", "frame", "subject", "continuation", "list", "headline"] as const;
const FAMILIES = ["compose.assad", "compose.pre", "compose.iran", "iran", "phrase"] as const;
const TOPICS = ["geneva2_preconditions", "iran_participation", "assad_role"] as const;
/**
 * Where each method's one-hot stands, by the holder rule that names it («holder.frame») or by the bare method, which
 * is what `holder.` stripped from the rule leaves: a lookup rather than string work on every claim.
 */
const METHOD_AT = new Map<string, number>(METHODS.flatMap((m, i) => [[`holder.${m}`, i] as const, [m, i] as const]));
/** The prefix of each family's rule ids («compose.assad.»), made once rather than per claim; «phrase» is the rest. */
const FAMILY_PREFIXES = FAMILIES.map((f) => (f === "phrase" ? null : `${f}.`));
const PHRASE = FAMILIES.indexOf("phrase");
/** A cue rule turned by a negation or a rejection (one regex, where a literal in features() is made per call). */
const TURNED_RULE = /\.(turned|negated|rejected)\b/;

export const FEATURES: readonly string[] = [
  "intercept",
  "prior",
  ...METHODS.map((m) => `method:${m}`),
  ...FAMILIES.map((f) => `family:${f}`),
  ...TOPICS.map((t) => `topic:${t}`),
  "turned",
  "reported",
  "person",
  "agreeing",
  "contrary",
  "others",
  "holdings",
  "distance",
  "title",
  "described",
];

/**
 * The feature vector of a claim, in FEATURES order.
 * Example: features({rules: ["compose.assad.go", "holder.frame"], prior: 0.7, …})[FEATURES.indexOf("method:frame")] → 1
 */
export function features(f: ClaimFacts): number[] {
  const cue = f.rules[0] ?? "";
  const method = METHOD_AT.get(f.rules[1] ?? "") ?? -1;
  let family = PHRASE;
  for (let i = 0; i < FAMILY_PREFIXES.length; i++) {
    const prefix = FAMILY_PREFIXES[i];
    if (prefix && cue.startsWith(prefix)) {
      family = i;
      break;
    }
  }
  // Filled in place (one per claim of every article): the one-hot groups without intermediate arrays.
  const x = [1, f.prior];
  for (let i = 0; i < METHODS.length; i++) x.push(i === method ? 1 : 0);
  for (let i = 0; i < FAMILIES.length; i++) x.push(i === family ? 1 : 0);
  for (const t of TOPICS) x.push(t === f.topic ? 1 : 0);
  x.push(
    TURNED_RULE.test(cue) ? 1 : 0,
    f.reportedBy ? 1 : 0,
    f.person ? 1 : 0,
    Math.log1p(f.agreeing),
    f.contrary > 0 ? 1 : 0,
    Math.log1p(f.others),
    Math.log1p(f.holdings ?? 0) / 3,
    Math.log1p((f.distance ?? 0) / 10) / 3,
    f.title ? 1 : 0,
    cue.endsWith(".described") ? 1 : 0,
  );
  return x;
}

/** Per model: where each of its features is in FEATURES (-1 when unknown), worked out once per model. */
const featureIndex = new WeakMap<CalibrationModel, number[]>();

/**
 * A feature that is one cue rule («rule:pre.without-preconditions»): 1 for the claims that rule made. The models name
 * the rules common enough in what they were fitted on to be measured (fitted after FEATURES, in the model's order).
 */
export const RULE_FEATURE = "rule:";

/** The name of the rule feature of a cue rule. */
export const ruleFeature = (rule: string) => RULE_FEATURE + rule;

/** Per model: the weight of each cue rule it names (ruleFeature), read once per model. */
const ruleWeights = new WeakMap<CalibrationModel, Map<string, number>>();

/**
 * A claim's feature vector for a model that also names these cue rules: FEATURES, then one per rule (1 for the
 * claim's own rule).
 * Example: featuresWithRules(facts({rules: ["pre.a", "holder.frame"]}), ["pre.a", "pre.b"]).slice(-2) → [1, 0]
 */
export function featuresWithRules(f: ClaimFacts, rules: readonly string[]): number[] {
  const x = features(f);
  for (const r of rules) x.push(r === f.rules[0] ? 1 : 0);
  return x;
}

/** The model's probability that a claim with these facts is right, rounded to two decimals. */
export function estimate(model: CalibrationModel, f: ClaimFacts): number {
  const x = features(f);
  let at = featureIndex.get(model);
  let rules = ruleWeights.get(model);
  if (!at || !rules || at.length !== model.features.length) {
    at = model.features.map((name) => FEATURES.indexOf(name));
    rules = new Map(
      model.features.flatMap((name, i) =>
        name.startsWith(RULE_FEATURE) ? [[name.slice(RULE_FEATURE.length), model.weights[i]!] as const] : [],
      ),
    );
    featureIndex.set(model, at);
    ruleWeights.set(model, rules);
  }
  let z = rules.get(f.rules[0] ?? "") ?? 0;
  for (let i = 0; i < at.length; i++) if (at[i]! >= 0) z += model.weights[i]! * x[at[i]!]!;
  return Math.round(100 / (1 + Math.exp(-z))) / 100;
}

/**
 * L2-regularised logistic regression: the weights minimising the mean log-loss plus l2/2 times their squared norm
 * (the intercept, first, is not penalised), by Newton's method (each step solves the Hessian's system by Cholesky;
 * a rule feature a few dozen claims carry converges as fast as the intercept, which gradient steps do not give it).
 * Example: fitLogistic([[1, 0], [1, 1]], [false, true], 0.01) → weights whose second is positive
 */
export function fitLogistic(xs: readonly number[][], ys: readonly boolean[], l2 = 0.001, steps = 50): number[] {
  const d = xs[0]?.length ?? FEATURES.length;
  const n = Math.max(1, xs.length);
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < steps; step++) {
    const grad = w.map((v, j) => (j === 0 ? 0 : l2 * v));
    const hess = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (j === k && j > 0 ? l2 : 0)));
    xs.forEach((x, i) => {
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - (ys[i] ? 1 : 0)) / n;
      const curve = (p * (1 - p)) / n;
      for (let j = 0; j < d; j++) {
        const xj = x[j]!;
        if (xj === 0) continue;
        grad[j]! += err * xj;
        const row = hess[j]!;
        for (let k = 0; k <= j; k++) row[k]! += curve * xj * x[k]!;
      }
    });
    const move = solveSymmetric(hess, grad);
    let largest = 0;
    for (let j = 0; j < d; j++) {
      w[j]! -= move[j]!;
      largest = Math.max(largest, Math.abs(move[j]!));
    }
    if (largest < 1e-7) break;
  }
  return w.map((v) => Math.round(v * 10000) / 10000);
}

/**
 * x with a·x = b, for a symmetric positive-definite a of which only the lower triangle is read (Cholesky; a column no
 * claim fills, whose pivot would be 0 but for the penalty, gets a tiny ridge so the system stays solvable).
 */
function solveSymmetric(a: readonly number[][], b: readonly number[]): number[] {
  const d = b.length;
  const l = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let j = 0; j < d; j++) {
    for (let k = 0; k <= j; k++) {
      let sum = a[j]![k]!;
      for (let m = 0; m < k; m++) sum -= l[j]![m]! * l[k]![m]!;
      if (j === k) l[j]![j] = Math.sqrt(Math.max(sum, 1e-12));
      else l[j]![k] = sum / l[k]![k]!;
    }
  }
  const y = new Array<number>(d).fill(0);
  for (let j = 0; j < d; j++) {
    let sum = b[j]!;
    for (let m = 0; m < j; m++) sum -= l[j]![m]! * y[m]!;
    y[j] = sum / l[j]![j]!;
  }
  const x = new Array<number>(d).fill(0);
  for (let j = d - 1; j >= 0; j--) {
    let sum = y[j]!;
    for (let m = j + 1; m < d; m++) sum -= l[m]![j]! * x[m]!;
    x[j] = sum / l[j]![j]!;
  }
  return x;
}
