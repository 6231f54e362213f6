// The stance lexicon: actors, topic cues and attribution words as data, validated and compiled once.
import { z } from "zod";
import { escapeRegExp } from "../text/escape";
import { KeywordSets, requiredWords, type KeywordPresence } from "../text/keywords";
import { normaliseTerm } from "../text/normalise";
import { TOPICS, STANCES, type Stance, type Topic } from "./types";
import { OFFICE_WORD } from "./offices";
import { ClassSet, WordClass } from "./word-class";

const TitleSchema = z.object({
  alias: z.string().min(2),
  from: z.number().int().optional(),
  to: z.number().int().optional(),
});

const ActorSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, "actor ids are lower-case ascii with underscores"),
  party: z.string(),
  kind: z.enum(["state", "organisation", "person"]),
  name_en: z.string().optional(),
  aliases: z.array(z.string().min(2)).min(1),
  titles: z.array(TitleSchema).optional(),
  places: z.array(z.string()).optional(),
  roleOf: z
    .array(z.object({ role: z.string().min(2), of: z.string(), from: z.number().int().optional(), to: z.number().int().optional() }))
    .optional(),
  speakerOnly: z.boolean().optional(),
  /**
   * A person's last name that alone is he only in an article naming him in full, and from there on: «حجاب» after
   * «رياض حجاب», «كيلو» after «ميشيل كيلو» (alone it is also a common word, so it is no alias).
   */
  surname: z.string().min(3).optional(),
  /** Names that hold a position only as a speech verb's subject: «المعارضة» alone is mostly an object. */
  speakerOnlyAliases: z.array(z.string().min(2)).optional(),
});

export const ActorLexiconSchema = z.object({
  version: z.string(),
  parties: z
    .array(
      z.object({
        id: z.string(),
        name_en: z.string(),
        name_ar: z.string(),
        /** The wider side a body belongs to («national_coalition» within «syrian_opposition»): its people speak for it. */
        within: z.string().optional(),
        /**
         * A state or body CONTRACT.md gives no party id (Egypt, China, the Gulf Cooperation Council …): its names and
         * people are read as speakers and holders, so that what they say is theirs and not given to a party named near
         * them, but it gets no claim.
         */
        noClaims: z.boolean().optional(),
      }),
    )
    .min(1),
  actors: z.array(ActorSchema).min(1),
  nonActors: z.object({ why: z.string().optional(), names: z.array(z.string().min(2)) }).optional(),
  /**
   * People known only by office and nationality («المستشار الإيراني», «دبلوماسي روسي»): each office with each
   * nationality adjective is an alias of the party's own actor, definite and indefinite, masculine and feminine.
   */
  officials: z
    .object({
      why: z.string().optional(),
      /**
       * An office, or with `state` the state's own rule («النظام السعودي» is Saudi Arabia, no person); `possessed`, its
       * forms with a pronoun of another named before («نظيره البريطاني», «نظيرتها الفرنسية»: the counterpart), each
       * taking the adjective definite, feminine after a form ending in «ته/تها».
       */
      offices: z
        .array(
          z.object({
            masculine: z.string().min(2),
            feminine: z.string().min(2).optional(),
            state: z.boolean().optional(),
            possessed: z.array(z.string().min(2)).optional(),
            /**
             * The office in the construct state with its genitive, the nationality after that («رئيس الوزراء
             * السوري», «وزيرة الدولة البريطانية»): only the adjective takes «ال».
             */
            construct: z.boolean().optional(),
          }),
        )
        .min(1),
      /** Nationality adjective (masculine, indefinite) → party id. */
      nationalities: z.record(z.string().min(2), z.string()),
      /**
       * Adjectives that name a party's position, statement or side («الموقف الأوروبي», «البيان الأوروبي») but no
       * official of it: adjective → party id.
       */
      positionsOnly: z.record(z.string().min(2), z.string()).optional(),
    })
    .optional(),
});

/** A class of words or phrases in matching form; «*» at the end of an entry lets the word go on. */
const WordList = z.array(z.string().min(1)).min(1);

const CueRuleSchema = z
  .object({
    id: z.string(),
    topic: z.enum(TOPICS),
    stance: z.string(),
    pattern: z.string(),
    example: z.string(),
    weight: z.number().min(0).max(1),
    holder: z.enum(["subject"]).optional(),
    requiresParticipation: z.boolean().optional(),
    requiresNearby: z.string().optional(),
    /** What the rule's pronoun («رحيله») refers to: named in its sentence or the one before. */
    antecedent: z.string().optional(),
    /** The label when the cue is negated («لم تعد تصر على رحيل الأسد»); without it a negated cue is dropped. */
    negatedStance: z.string().optional(),
    why: z.string().optional(),
  })
  .refine((r) => (STANCES[r.topic] as readonly string[]).includes(r.stance), {
    message: "stance is not a label of this topic (see CONTRACT.md)",
  })
  .refine((r) => r.negatedStance === undefined || (STANCES[r.topic] as readonly string[]).includes(r.negatedStance), {
    message: "negatedStance is not a label of this topic (see CONTRACT.md)",
  });

export const CueLexiconSchema = z.object({
  version: z.string(),
  macros: z.record(z.string(), z.string()),
  rules: z.array(CueRuleSchema),
  iran: z.object({
    mention: z.string(),
    participation: z.string(),
    listIntroducers: z.string(),
    /**
     * A judgement that her being there is natural, needed or better, or the past modal, before «أن» and her copula or
     * verb: «من الطبيعي أن تكون حاضرة», «كان من الأفضل أن تكون إيران هنا», «وكان يجب أن تكون هنا» (absent: only the
     * modals proper are read there).
     */
    wantedThat: z.string().optional(),
    supportTriggers: z.string(),
    opposeTriggers: z.string(),
    anaphora: z.string(),
    conditionMarkers: z.string(),
    conditionVerbs: z.string(),
    /** «دون/بدون/من دون»: the talks without Iran, or Iran refused without a condition met (absent: not read). */
    without: z.string().optional(),
    /** A negation particle: it turns a support trigger, and a "without" clause (absent: not read). */
    negation: z.string().optional(),
    /** A predicate wanting the participation named before it: «مشاركة إيران … ضرورية» (absent: not read). */
    supportAfter: z.string().optional(),
    /** Regret or criticism of what follows: «أسفها لسحب الدعوة», «انتقد استبعاد إيران» (absent: not read). */
    deplore: z.string().optional(),
    /** Participation words that name Iran's exclusion («استبعاد», «إبعاد»): what is wanted of them is inverted. */
    exclusion: z.string().optional(),
    weights: z.object({ support: z.number(), oppose: z.number(), conditional: z.number() }),
  }),
  conditions: z.record(z.string(), z.string()),
  participation: z.string(),
  context: z.object({ why: z.string().optional(), syria: z.string(), otherTalks: z.string(), otherVenue: z.string().optional() }),
  /** A rejecting predicate right after a cue («المطالبة بتنحي الأسد … أمر غير مقبول»): absent, not read. */
  rejectedAfter: z.object({ pattern: z.string(), why: z.string().optional() }).optional(),
  /** Cue rules leaving Assad's fate to the Syrians, and the parties for whom saying so keeps him (absent: it always does). */
  fateLeftToSyrians: z.object({ why: z.string().optional(), rules: z.array(z.string()), keptBy: z.array(z.string()) }).optional(),
  /** Word classes the composed cues are built from (absent: only the phrase rules and Iran's cues are read). */
  compose: z
    .object({
      why: z.string().optional(),
      assad: z.object({
        ref: WordList,
        go: WordList,
        stay: WordList,
        role: WordList,
        fate: WordList,
        discussion: WordList,
        decidedBy: WordList,
        people: WordList,
        illegitimate: WordList,
        redLine: WordList,
        /** How he would go («طوعاً», «بالقوة»): a complaint about the way, not a stance on whether. */
        manner: WordList,
        /** His pronoun on a word of his fate («رحيله», «بقائه», «مصيره»): he was named just before. */
        pronoun: WordList,
        /** His own words of his fate in the first person («لن أتنحى», «سأترشح»): only he holds them. */
        self: WordList.optional(),
        /** Deeds that are his alone («قصف شعبه», «البراميل», «الكيماوي», «رد وحشي»): «رجل/من» + one names him, unnamed. */
        deeds: WordList.optional(),
      }),
      polarity: z.object({
        negation: WordList,
        rejection: WordList,
        position: WordList,
        condition: WordList,
        question: WordList,
        /** The opposition named by the word of opposing («معارضة الداخل», «معارضة مسلحة»): not a rejection. */
        oppositionNamed: WordList.optional(),
        /** Denials and positions given up («نفى أن …», «لم يعد يشترط»): the cue says nothing. */
        uncertain: WordList,
        /** The author's predictions («من المتوقع أن …»): what follows is not anyone's stated position. */
        prediction: WordList.optional(),
        /** Verbs that describe a position as something («وصف … بأنها», «اعتبر … أمراً»), and the judging words
         * that make the description a rejection («غير مقبولة», «غريبة», «ضرب من الخيال»). */
        describing: WordList.optional(),
        evaluation: WordList.optional(),
      }),
      preconditions: z.object({
        condition: WordList,
        talks: WordList,
        attend: WordList,
        attendCondition: WordList,
        /** What conditions right before them are the terms of, other than the talks («شروط الجدول الزمني», «شروط الهدنة»). */
        otherTerms: WordList.optional(),
        /** The start of the talks right after «قبل» («قبل بدء», «قبل انطلاق», «قبل أي»): what is demanded before it is a condition. */
        beforeStart: WordList.optional(),
      }),
      /** Iran named, her taking part (presence, invitation, seat), and her exclusion (withdrawn invitation, absence). */
      /** Talk of her taking part («بحث مشاركة إيران», «الحديث عن حضورها»): no position unless rejected or demanded. */
      /** A speaker's own country («بلاده», «بلادنا»): Iran only when an Iranian holds the cue. */
      /** «We» («نحن», «إننا»): Iran when an Iranian holds it, she not named after it, no condition set (03-composed). */
      /** Her coming or her delegation headed in the future tense («سيشارك», «سيترأس»): her own announcement of who comes. */
      /** Being ready, keen or on one's way («مستعدة», «على أتم الاستعداد», «حريصة», «ذاهبة»): her own readiness for the talks (03-composed). */
      iran: z
        .object({
          ref: WordList,
          take: WordList,
          exclude: WordList,
          discussion: WordList.optional(),
          self: WordList.optional(),
          we: WordList.optional(),
          lead: WordList.optional(),
          ready: WordList.optional(),
        })
        .optional(),
    })
    .optional(),
});

const PatternEntry = z.object({ pattern: z.string(), why: z.string().optional() });
export const AttributionLexiconSchema = z.object({
  version: z.string(),
  speechVerbs: z.object({ pattern: z.string(), continuation: z.string(), why: z.string().optional() }),
  stanceWords: PatternEntry,
  approvalWords: PatternEntry,
  agreement: PatternEntry,
  clauseBoundaries: PatternEntry,
  locativeBefore: PatternEntry,
  objectBefore: PatternEntry,
  /** A noun of removal right before a name (رحيل الأسد، تنحي الرئيس): the name is who goes, never who speaks. */
  removedBefore: PatternEntry.optional(),
  narrativeOnly: PatternEntry,
  hedges: PatternEntry,
  /** A title with no name that refers back to the last speaker («وتابع الوزير»): absent, a title ends him. */
  anaphoricTitles: PatternEntry.optional(),
  /** A title of a state or body with no party id after a speech verb («وقال وزير الخارجية الصيني»): someone else speaks. */
  otherOffices: PatternEntry.optional(),
  /** Accusing someone of a position: the accused holds it (absent: the accuser is read as the holder). */
  accusationVerbs: PatternEntry.optional(),
});

export type ActorLexicon = z.infer<typeof ActorLexiconSchema>;
export type CueLexicon = z.infer<typeof CueLexiconSchema>;
export type AttributionLexicon = z.infer<typeof AttributionLexiconSchema>;

/** Regexes run sentence by sentence that the keyword prefilter gates besides the rules. */
export const KEYWORD_SLOTS = [
  "speechVerb",
  "clauseBoundary",
  "iranMention",
  "iranParticipation",
  "otherTalks",
  "otherVenue",
  "hedge",
  "approvalWord",
  "agreement",
  "rejectedAfter",
  "office",
] as const;
export type KeywordSlot = (typeof KEYWORD_SLOTS)[number];

/** One reading of a name's first word as written: the clitic's length, and the aliases starting with the word. */
export interface SurfaceReading {
  prefix: number;
  entries: Array<{ alias: string; words: string[]; readings: AliasInfo[] }>;
}

const SURFACE_HASH_BITS = 14;

/** The bucket of a running hash h = h * 31 + char taken over a word from its last letter back to its first. */
export function foldSurfaceHash(h: number): number {
  return (h ^ (h >>> SURFACE_HASH_BITS)) & ((1 << SURFACE_HASH_BITS) - 1);
}

/**
 * A hash of text[from, to) read backwards (the actor pass finds a word's start by walking back from its end).
 * Example: surfaceHash("وقال لافروف", 5, 11) === surfaceHash("لافروف", 0, 6)
 */
function surfaceHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = to - 1; i >= from; i--) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return foldSurfaceHash(h);
}

/** Clitics that may precede a name: و/ف (and), ب/ل/ك (prepositions), and their pairs. */
const CLITICS = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/** The three data files together, as stored in KV and in kv-fixtures/lexicon. */
export interface LexiconData {
  actors: unknown;
  cues: unknown;
  attribution: unknown;
}

export interface AliasInfo {
  /** "" for a non-actor name (an outlet such as «روسيا اليوم») that only shadows the shorter name inside it. */
  actor: string;
  party: string;
  person: boolean;
  speakerOnly: boolean;
  place: boolean;
  from?: number;
  to?: number;
}

export interface CompiledRule {
  id: string;
  topic: Topic;
  stance: Stance;
  regex: RegExp;
  weight: number;
  holder?: "subject";
  requiresParticipation: boolean;
  requiresNearby?: RegExp;
  antecedent?: RegExp;
  negatedStance?: Stance;
}

/** A person's surname read alone once the article names him in full (actors.json «surname»). */
export interface Surname {
  actor: string;
  party: string;
  /** The surname, normalised (an article without it is not searched). */
  word: string;
  /**
   * His full names (aliases of two words or more), normalised; global: the first match is where the surname starts to
   * count, and the last before a bare surname tells him from a namesake.
   */
  full: RegExp;
  /** The surname alone, a word of its own, its clitic («و», «ف», «ل») in group 1; global. */
  bare: RegExp;
}

export interface Lexicon {
  /** Hash-like version string: changes whenever any of the data changes. */
  version: string;
  /** Surnames read alone after the full name (actors.json «surname»). */
  surnames: readonly Surname[];
  parties: ActorLexicon["parties"];
  /** The wider side each party belongs to (its «within»), where it has one. */
  partyWithin: ReadonlyMap<string, string>;
  /** Parties that hold positions but get no claim (actors.json «noClaims»: no party id in CONTRACT.md). */
  noClaims: ReadonlySet<string>;
  /**
   * Parties by their nationality adjective, normalised and bare («روسي» → russia; actors.json officials: its
   * nationalities and its positionsOnly).
   */
  nationalities?: ReadonlyMap<string, string>;
  actors: ActorLexicon["actors"];
  /**
   * Names by their first word as written: bare or behind a clitic (و، ف، ب، ل، ك and their pairs), bucketed by
   * surfaceHash() so a word of the text is looked up without slicing it out. Each surface form lists its
   * readings, bare first: «وزير» is the word «وزير» before it is «و» + «زير».
   */
  surfaceBuckets: Array<Array<{ surface: string; readings: SurfaceReading[] }> | undefined>;
  rules: CompiledRule[];
  /**
   * The words each regex cannot match without, found for all of them in one scan: the rules by their index,
   * then the regexes named in `keywordSlots`.
   */
  keywords: KeywordSets;
  keywordSlots: Record<KeywordSlot, number>;
  /**
   * The rules gated branch by branch (see gatedBranches): rule r's branches are `keywords` indices `base + from[r]`
   * to `base + from[r + 1]` (none for a rule gated by its own words alone). `pieces[r]`, where there is one, is a
   * piece of rule r every match holds (see requiredPiece): a sentence it does not match need not be run through r.
   */
  ruleBranches: { base: number; from: readonly number[]; pieces: ReadonlyArray<RegExp | undefined> };
  iran: {
    mention: RegExp;
    participation: RegExp;
    listIntroducers: RegExp;
    wantedThat?: RegExp;
    supportTriggers: RegExp;
    opposeTriggers: RegExp;
    anaphora: RegExp;
    conditionMarkers: RegExp;
    conditionVerbs: RegExp;
    without?: RegExp;
    negation?: RegExp;
    supportAfter?: RegExp;
    deplore?: RegExp;
    exclusion?: RegExp;
    weights: { support: number; oppose: number; conditional: number };
  };
  /** The conditions a conditional claim names; `slot` is each one's index in `keywords`. */
  conditions: Array<{ id: string; regex: RegExp; slot: number }>;
  participation: RegExp;
  /** The Syrian context every claim needs, and other talks that a sentence may be about instead. */
  context: { syria: RegExp; otherTalks: RegExp; otherVenue?: RegExp };
  /** Tested on the rest of a cue's sentence: the cue is the subject of a rejecting predicate. */
  rejectedAfter?: RegExp;
  /** «مصير الأسد يقرره السوريون»: the rules saying it, and the parties whose saying it keeps him (may_stay). */
  fateLeftToSyrians?: { rules: ReadonlySet<string>; keptBy: ReadonlySet<string> };
  /** The composed cues' word classes, each one global regex (see compileWordClass). */
  compose?: ComposeClasses;
  /** Each word class's index in `keywords`, so a class runs only where its words occur. */
  composeSlot: Map<WordClass, number>;
  /** The same indices by each class's id in `composeSet`. */
  composeSlotById: readonly number[];
  /** All the word classes, looked up together word by word. */
  composeSet: ClassSet;
  speechVerb: RegExp;
  continuation: RegExp;
  stanceWord: RegExp;
  /** The same words, anchored test without state (for checking one verb). */
  isStanceWord: RegExp;
  approvalWord: RegExp;
  agreement: RegExp;
  clauseBoundary: RegExp;
  locativeBefore: RegExp;
  objectBefore: RegExp;
  removedBefore?: RegExp;
  narrativeOnly: RegExp;
  hedge: RegExp;
  anaphoricTitle?: RegExp;
  otherOffice?: RegExp;
  accusation?: RegExp;
}

type ComposeData = NonNullable<CueLexicon["compose"]>;
export type ComposeClasses = {
  [G in Exclude<keyof ComposeData, "why" | "iran">]: { [K in keyof ComposeData[G]]: WordClass };
} & { iran?: { [K in keyof NonNullable<ComposeData["iran"]>]: WordClass } };

function compileCompose(data: ComposeData): ComposeClasses {
  // Verbs and particles take ب or ل at most: «كيري» is a name, not «ك» + «يري».
  const group = <T extends Record<string, readonly string[]>>(g: T, prepositions = "بكل") =>
    Object.fromEntries(Object.entries(g).map(([k, v]) => [k, new WordClass(v, prepositions)])) as {
      [K in keyof T]: WordClass;
    };
  // The verb classes of polarity, with their present-tense verbs agreeing with two or more subjects.
  const polarity = Object.fromEntries(
    Object.entries(data.polarity).map(([k, v]) => [k, v && AGREEING_CLASSES.has(k) ? withAgreement(v) : v]),
  ) as typeof data.polarity;
  return {
    assad: group(data.assad),
    polarity: group(polarity, "بل"),
    preconditions: group(data.preconditions),
    iran: data.iran && group(data.iran),
  };
}

/** The polarity classes that list verbs: their present-tense entries agree with two or more subjects (withAgreement). */
const AGREEING_CLASSES = new Set(["rejection", "position", "uncertain", "prediction", "describing", "evaluation"]);

/** A verb of the present tense, third person, one word: «يطالب», «ترفض». */
const PRESENT_VERB = /^[يت][\u0621-\u064A]{2,}$/;

/**
 * A verb class with its present-tense verbs also agreeing with two or more subjects: «فرنسا وبريطانيا تطالبان»
 * (dual, …ان), «المعارضون يرفضون» (plural, …ون). Each one-word present-tense entry gains the two forms, so the data
 * lists a verb once. A noun of the same shape («تأييد») gains forms no text holds, which cost a table entry.
 * Example: withAgreement(["يطالب", "مطالبة"]) → ["يطالب", "مطالبة", "يطالبان", "يطالبون"]
 */
export function withAgreement(entries: readonly string[]): string[] {
  const list = [...entries];
  for (const e of entries) {
    const word = e.trim();
    if (!PRESENT_VERB.test(word) || /(?:ان|ون|ين)$/.test(word)) continue;
    // A final weak letter: «يدعو» → «يدعوان», «يدعون»; «يري» (يرى) → «يريان», «يرون».
    if (/[وي]$/.test(word)) list.push(`${word}ان`, `${word.slice(0, -1)}ون`);
    else list.push(`${word}ان`, `${word}ون`);
  }
  return list;
}

/**
 * The aliases of officials known by office and nationality (actors.json officials): per office and nationality,
 * «ال<office> ال<nationality>» and «<office> <nationality>», in the office's gender; an office in the construct state
 * («رئيس الوزراء») only «<office> ال<nationality>».
 * Example: officialAliases({officials: {offices: [{masculine: "مستشار"}], nationalities: {"إيراني": "iran"}}})
 *   → [{alias: "المستشار الإيراني", party: "iran", person: true}, {alias: "مستشار إيراني", party: "iran", person: true}]
 */
export function officialAliases(actors: Pick<ActorLexicon, "officials">): Array<{ alias: string; party: string; person: boolean }> {
  const out: Array<{ alias: string; party: string; person: boolean }> = [];
  const { offices = [], nationalities = {} } = actors.officials ?? {};
  for (const office of offices) {
    for (const [adjective, party] of Object.entries(nationalities)) {
      const forms: Array<[string, string]> = [[office.masculine, adjective]];
      if (office.feminine) forms.push([office.feminine, `${adjective}ة`]);
      const person = !office.state;
      for (const [noun, adj] of forms)
        if (office.construct) out.push({ alias: `${noun} ال${adj}`, party, person });
        else out.push({ alias: `ال${noun} ال${adj}`, party, person }, { alias: `${noun} ${adj}`, party, person });
      for (const noun of office.possessed ?? [])
        out.push({ alias: `${noun} ال${/ته(?:ا|م|ما)?$/.test(noun) ? `${adjective}ة` : adjective}`, party, person });
    }
  }
  return out;
}

/** Officials in the plural with their nationality, as actors.json lists them: «مسؤولون روس», «دبلوماسيون إيرانيون». */
const PLURAL_OFFICIALS = /^(مسؤول|دبلوماسي|ديبلوماسي)ون ([\u0621-\u064A]{2,})$/;

/**
 * The other forms of a plural official alias (PLURAL_OFFICIALS): definite («الدبلوماسيون الروس»), in the genitive or
 * accusative («عن المسؤولين الإيرانيين», «دبلوماسيين روس»), and with «دبلوماسي» spelt «ديبلوماسي» or the reverse.
 * Example: pluralOfficialForms("مسؤولون روس") → ["المسؤولون الروس", "مسؤولين روس", "المسؤولين الروس"]
 */
export function pluralOfficialForms(alias: string): string[] {
  const m = PLURAL_OFFICIALS.exec(alias);
  if (!m) return [];
  const nouns = m[1] === "مسؤول" ? ["مسؤول"] : ["دبلوماسي", "ديبلوماسي"];
  const adjective = m[2]!;
  const genitive = adjective.endsWith("ون") ? `${adjective.slice(0, -2)}ين` : adjective;
  const out: string[] = [];
  for (const noun of nouns)
    for (const [ending, adj] of [
      ["ون", adjective],
      ["ين", genitive],
    ] as const) {
      const bare = `${noun}${ending} ${adj}`;
      for (const form of [bare, `ال${noun}${ending} ال${adj}`]) if (form !== alias && !out.includes(form)) out.push(form);
    }
  return out;
}

/** The reading of a name that is no actor's: it only shadows the shorter names inside it. */
const NO_ACTOR: AliasInfo = { actor: "", party: "", person: false, speakerOnly: false, place: false };

/** A lexicon file failed validation; the message names the entry at fault. */
export class LexiconError extends Error {
  override name = "LexiconError";
}

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path;
  let where = path.join(".");
  // Name the actor id (and alias) at fault rather than an array index.
  if (path[0] === "actors" && typeof path[1] === "number") {
    const actor = (value as { actors?: Array<{ id?: string; aliases?: string[] }> }).actors?.[path[1]];
    where = `actor "${actor?.id ?? path[1]}"`;
    if (path[2] === "aliases" && typeof path[3] === "number") where += ` alias ${JSON.stringify(actor?.aliases?.[path[3]])}`;
    else if (path.length > 2) where += ` field ${path.slice(2).join(".")}`;
  } else if (path[0] === "rules" && typeof path[1] === "number") {
    const rule = (value as { rules?: Array<{ id?: string }> }).rules?.[path[1]];
    where = `rule "${rule?.id ?? path[1]}"${path.length > 2 ? ` field ${path.slice(2).join(".")}` : ""}`;
  }
  throw new LexiconError(`${file}: ${where || "(top level)"}: ${issue.message}`);
}

/**
 * Walks the regex syntax of source[from …]: calls visit(c, i) for each character that is neither escaped nor inside
 * a character class. visit returns where to go on from (its own i, or a later index to pass over a span), or -1 to
 * stop.
 */
function walkSyntax(source: string, from: number, visit: (c: string, i: number) => number): void {
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if ((i = visit(c, i)) < 0) return;
  }
}

/** Where the group opening at source[open] closes, past escapes and character classes. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let end = -1;
  walkSyntax(source, open, (c, i) => {
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) end = i;
    return end < 0 ? i : -1;
  });
  return end;
}

/** The top-level alternatives of a pattern: «A|B(?:C|D)» → «A», «B(?:C|D)». */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  let depth = 0;
  walkSyntax(source, 0, (c, i) => {
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
    return i;
  });
  out.push(source.slice(from));
  return out;
}

/** The first group of an alternative that offers a choice and is taken once («(?:C|D)», not «(?:C|D)?»), or null. */
function firstChoice(alternative: string): { start: number; end: number; choices: string[] } | null {
  let found: { start: number; end: number; choices: string[] } | null = null;
  walkSyntax(alternative, 0, (c, i) => {
    if (c !== "(") return i;
    const end = groupEnd(alternative, i);
    if (alternative.startsWith("(?:", i) && !/[*+?{]/.test(alternative[end + 1] ?? "")) {
      const choices = topLevelAlternatives(alternative.slice(i + 3, end));
      if (choices.length > 1) {
        found = { start: i, end: end + 1, choices };
        return -1;
      }
    }
    // Lookarounds, captures and repeated groups are read whole.
    return end;
  });
  return found;
}

/** Most branches a rule is read as: enough to part its alternatives, few enough for the keyword scan to carry. */
const MAX_BRANCHES = 16;

/**
 * Word sets a branch is gated on: the keyword scan keeps three a regex at most (the longest words), which could
 * otherwise be those of the alternative a branch comes from rather than of the choice it takes.
 */
const BRANCH_SETS = 3;

/** A branch of a pattern (see branchesOf): its source, and the pieces that every match of it holds a match of. */
interface Branch {
  source: string;
  /** The top-level alternative it comes from, then the alternative it takes of each choice spelled out. */
  parts: string[];
}

/**
 * A pattern spelled out as the patterns it chooses between, up to MAX_BRANCHES of them: its top-level alternatives,
 * then each one's groups of alternatives, first group first.
 * Example: branchesOf("ا(?:ب|ج)د|ه") → sources ["ابد", "اجد", "ه"], parts [["ا(?:ب|ج)د", "ب"], ["ا(?:ب|ج)د", "ج"], ["ه"]];
 * branchesOf("ا(?:ب|ج)د") → sources ["ابد", "اجد"], parts [["ب"], ["ج"]]
 */
function branchesOf(source: string): Branch[] {
  // A lone alternative is the whole pattern, whose words the keyword scan requires anyway (see ruleCandidates).
  const alternatives = topLevelAlternatives(source);
  let branches = alternatives.map((a) => ({ source: a, parts: alternatives.length > 1 ? [a] : [] }));
  for (let spelled = true; spelled;) {
    spelled = false;
    const next: Branch[] = [];
    branches.forEach((branch, i) => {
      const choice = firstChoice(branch.source);
      if (choice && next.length + choice.choices.length + (branches.length - i - 1) <= MAX_BRANCHES) {
        for (const c of choice.choices) {
          next.push({ source: branch.source.slice(0, choice.start) + c + branch.source.slice(choice.end), parts: [...branch.parts, c] });
        }
        spelled = true;
      } else next.push(branch);
    });
    branches = next;
  }
  return branches;
}

/**
 * A rule's branches worth gating apart, one per distinct set of words they cannot match without, or none.
 * The keyword analysis of a whole rule keeps, of alternatives, only the words all of them share one of
 * («{B}الاسد\s+خط\s+احمر|{B}لا\s+احد\s+…\s+الشرعيه» needs «الاسد» or «الشرعيه»), so a rule of many alternatives
 * would run in nearly every sentence naming Assad; each branch alone needs more («الاسد» and «احمر»).
 * A branch's words are those of its parts, each read alone: a part shared by many branches (the alternative they
 * come from, a choice spelled after another) is read once, not once per branch spelled out whole.
 *
 * Exact: every match of the rule is a match of one of its branches (spelling out a choice changes no match:
 * «A(?:B|C)D» matches what «ABD» or «ACD» matches, lookarounds included). A match of a branch is a match of the
 * alternative it comes from, and holds a match of each choice it takes (a group taken once, outside any other,
 * matches a piece of every match), so it holds every word the parts require; a sentence holding no branch's words
 * holds no match. Only words of letters are kept, so one inside a match lies inside the sentence whatever spaces
 * the match takes past its end; and only words of three letters or more: a choice's two-letter word («في», «ال»)
 * is in nearly every sentence, so the scan would mark it all the time and it would tell no branch apart.
 */
function gatedBranches(rule: RegExp): RegExp[] {
  const wordsOf = new Map<string, string[][]>();
  const required = (source: string) => {
    let sets = wordsOf.get(source);
    if (sets === undefined) {
      sets = (requiredWords(new RegExp(source, rule.flags)) ?? []).filter((set) => set.every((w) => /^\p{L}{3,}$/u.test(w)));
      wordsOf.set(source, sets);
    }
    return sets;
  };
  const byWords = new Map<string, string[][]>();
  for (const branch of branchesOf(rule.source)) {
    // The words of the choices last spelled out first: they tell the branch from its siblings.
    const distinct = [
      ...new Map(
        [...branch.parts]
          .reverse()
          .flatMap(required)
          .map((set) => [[...set].sort().join("|"), set]),
      ).values(),
    ];
    // Without the sets another one implies: «الاسد» found, «الرئاسه|الرئيس|الاسد» is too, and a place kept for it
    // would be lost to one that tells more («احمر|مطروح|للنقاش»). Of two that imply each other, the first stays.
    // The implying set may itself fall past the cut: that only lets more spans through (fewer sets required), and
    // no set kept before is lost without one implying it kept.
    const sets = distinct
      .filter((set, i) => !distinct.some((other, j) => j !== i && implies(other, set) && (j < i || !implies(set, other))))
      .slice(0, BRANCH_SETS);
    if (sets.length === 0) return [];
    byWords.set(JSON.stringify(sets), sets);
  }
  return [...byWords.values()].map(standIn);
}

/**
 * Whether a span holding a word of `set` holds one of `implied` too: each of the set's words contains one of them.
 * Example: implies(["الاسد"], ["الرئاسه", "الرئيس", "الاسد"]) → true
 */
function implies(set: readonly string[], implied: readonly string[]): boolean {
  return set.every((w) => implied.some((v) => w.includes(v)));
}

/**
 * What stands for a branch in the keyword scan, which reads of a regex only the words it requires: its word sets one
 * after another, cut apart by any character («(?:شروط|شرط)[^](?:نقبل|يقبل)»), require those same sets, and are
 * read again far faster than the branch. Never run.
 */
function standIn(sets: string[][]): RegExp {
  return new RegExp(sets.map((set) => `(?:${set.join("|")})`).join("[^]"));
}

/** A quantifier, lazy or not: «?», «*», «+», «{2}», «{0,6}», «{1,}». */
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/;
/** A quantifier that lets its item be left out: «?», «*», «{0…}». */
const MAY_LEAVE_OUT = /^(?:[*?]|\{0[,}])/;
/** Lookarounds: they read what is next to a match, never a piece of it. */
const LOOKAROUND = /^\(\?<?[=!]/;

/** The escapes longer than two characters itemEnd reads whole. */
const ESCAPE_LENGTH = /^\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z])/;

/** Where the item of regex syntax starting at source[at] ends (a group, a class, an escape or a character). */
function itemEnd(source: string, at: number): number {
  const c = source[at];
  if (c === "(") return groupEnd(source, at) + 1;
  // «\u0621», «\x41», «\cJ»; without their digits or letter (a plain «u», «x», «c» outside the `u` flag) two.
  if (c === "\\") return at + (ESCAPE_LENGTH.exec(source.slice(at))?.[0].length ?? 2);
  if (c !== "[") return at + 1;
  let i = at + 1;
  if (source[i] === "^") i++;
  for (; source[i] !== "]"; i++) if (source[i] === "\\") i++;
  return i + 1;
}

/**
 * A piece of a rule that every match of it holds, searched first where it is far cheaper than the rule, or undefined:
 * what follows the rule's last gap of words («(?:\s+{W}){0,8}?»), or the rule without the lookbehinds leading it
 * («(?<!{B}(?:لا|لن|…)\s+(?:{W}\s+){0,6})», read back over seven words at the start of every word). Its first items
 * are left out too while they may be left out or are led by neither a letter nor a group («[،,]?\s+»): a search led
 * by them tries nearly every position of the text.
 * Example: requiredPiece("{B}(?:سيشارك|…)(?:\s+{W}){0,8}?\s+علي\s+ان\s", "g") → /علي\s+ان\s/
 * Only a piece that is cheap to search and tells more than the keyword scan is kept (see MAX_LEADING): on the seeds,
 * «pre.provided-that» then runs in 1 sentence rather than 18, «pre.as-a-precondition» in none rather than 7.
 *
 * Exact: a pattern of one alternative is a sequence of items, so every match of it holds a match of each run of its
 * items; run on the same text, that piece of the match is a match of the run (its lookarounds read the same
 * neighbours), so a text the piece does not match holds no match of the rule.
 * It refuses what the keyword scan cannot: words the scan finds apart but that the rule wants together («علي ان»).
 */
export function requiredPiece(source: string, flags: string): RegExp | undefined {
  // Not read: the `v` flag (classes inside classes), several alternatives, back-references, and escapes with braces
  // (\p{…}, \u{…}), which itemEnd does not parse (its braces would be read as a quantifier).
  if (flags.includes("v") || topLevelAlternatives(source).length > 1 || /\\(?:[1-9]|k<|[pP]\{|u\{)/.test(source)) return undefined;
  const quantifierAt = (at: number) => QUANTIFIER.exec(source.slice(at));
  let from = 0;
  let gap = false;
  for (let at = 0; at < source.length;) {
    const end = itemEnd(source, at);
    const q = quantifierAt(end);
    // A group that may be taken more than once: a gap of words, whose matches start anywhere before what follows.
    if (source[at] === "(" && q !== null && (/^[*+]/.test(q[0]) || (q[2] !== undefined && (q[3] === "" || Number(q[3]) > 1)))) {
      from = end + q[0].length;
      gap = true;
    }
    at = end + (q?.[0].length ?? 0);
  }
  let costly = false;
  while (from < source.length && !/[\u0621-\u064A]/.test(source[from]!)) {
    const end = itemEnd(source, from);
    const q = quantifierAt(end)?.[0] ?? "";
    const lookaround = LOOKAROUND.test(source.slice(from));
    if (source[from] === "(" && !lookaround && !MAY_LEAVE_OUT.test(q)) break;
    // A lookbehind that reads back over words, not only the character before («{B}»).
    if (lookaround && /[*+{]/.test(source.slice(from, end))) costly = true;
    from = end + q.length;
  }
  const piece = source.slice(from);
  // A piece of words alone («(?:شرط|شروط)») tells no more than the keyword scan has.
  const leading = (gap || costly) && piece.includes("\\s") && leadingLetters(piece);
  if (!leading || leading.size > MAX_LEADING) return undefined;
  // With the rule's flags (a piece read without `s` or `i` could refuse what the rule matches), less `g` and `y`:
  // the piece is tested from the window's start each time, keeping no position between tests. A source this reading
  // misparses could give a piece that is no regex: no piece then, rather than a lexicon refused with a bare
  // SyntaxError.
  try {
    return new RegExp(piece, flags.replace(/[gy]/g, ""));
  } catch {
    return undefined;
  }
}

/**
 * The pattern with each top-level alternative that opens on a lookbehind reading back over words
 * («{B}(?<!(?:مشاركه|حضور|دعوه)\s+(?:{W}\s+){0,3}?…)(?<!…)[وف]?(?:{WITHOUT}…)») given a lookahead of the rest of it
 * before that lookbehind: `(?=REST)`. A search runs such a lookbehind at every position it tries, reading back over
 * up to a dozen words each time (it cannot skip ahead to a letter, as it does for a pattern led by one); the
 * lookahead refuses nearly every position at its first letters, so the lookbehinds run only where the rest matches.
 * Measured on the seeds and dev, «pre.without-preconditions» alone: 8.9 ms a pass, 1.3 ms guarded.
 * Exact: lookarounds at one position are tests of the text around it, passed or failed in any order, and the rest is
 * matched after them as before (a lookahead's success binds nothing the match that follows reads). Not where the
 * rest holds a capturing group or a back-reference (the lookahead's copy would capture first and shift the numbers),
 * nor under the `v` flag (whose classes walkSyntax does not read).
 * Example: guardedLookbehinds("{B}(?<!ايران\s+(?:{W}\s+){0,6})دون\s+شروط|قال", "g") → "{B}(?=دون\s+شروط)(?<!ايران…)دون\s+شروط|قال"
 * (with the macros spelled out)
 */
export function guardedLookbehinds(source: string, flags: string): string {
  if (flags.includes("v")) return source;
  return topLevelAlternatives(source)
    .map((alternative) => {
      // The lookbehinds leading the alternative, and where the first one reading back over words opens.
      let at = 0;
      let costly = -1;
      while (alternative.startsWith("(?<=", at) || alternative.startsWith("(?<!", at)) {
        const end = groupEnd(alternative, at) + 1;
        if (costly < 0 && /[*+{]/.test(alternative.slice(at, end))) costly = at;
        at = end;
      }
      const rest = alternative.slice(at);
      if (costly < 0 || rest === "" || CAPTURES.test(rest)) return alternative;
      return `${alternative.slice(0, costly)}(?=${rest})${alternative.slice(costly)}`;
    })
    .join("|");
}
/** A capturing group (plain or named) or a back-reference. */
const CAPTURES = /\\(?:[1-9]|k<)|\((?!\?)|\(\?<(?![=!])/;

/**
 * Most letters a piece may start with: the search for a regex skips ahead to its first letter only when it has few
 * to look for. A piece led by many («(?:اذا|ان\s+لم|في\s+حال|طالما|…)») is tried at nearly every position and takes
 * longer than the rule it stands before.
 */
const MAX_LEADING = 3;

/** The letters every match of `pattern` starts with one of, or null where it may start with anything else. */
function leadingLetters(pattern: string): Set<string> | null {
  const c = pattern[0];
  if (c !== undefined && /[\u0621-\u064A]/.test(c)) {
    const q = QUANTIFIER.exec(pattern.slice(1))?.[0] ?? "";
    if (!MAY_LEAVE_OUT.test(q)) return new Set([c]);
    // An optional letter («ب?اعتبار»): it, or what follows it.
    const rest = leadingLetters(pattern.slice(1 + q.length));
    return rest && rest.add(c);
  }
  if (!pattern.startsWith("(?:")) return null;
  const end = groupEnd(pattern, 0);
  if (MAY_LEAVE_OUT.test(pattern.slice(end + 1))) return null;
  const letters = new Set<string>();
  for (const alternative of topLevelAlternatives(pattern.slice(3, end))) {
    const first = leadingLetters(alternative);
    if (!first) return null;
    for (const l of first) letters.add(l);
  }
  return letters;
}

/**
 * The rules that may match in span `span`, in increasing order: those whose words it holds, and of the rules gated
 * branch by branch, only those with a branch whose words it holds too.
 */
export function ruleCandidates(lexicon: Pick<Lexicon, "rules" | "ruleBranches">, present: KeywordPresence, span: number): number[] {
  const { base, from } = lexicon.ruleBranches;
  // A new list rather than the candidates' cut short: shortening an array's length is a runtime call, slower here
  // than the few pushes.
  const kept: number[] = [];
  for (const r of present.candidates(span, 0, lexicon.rules.length)) {
    if (from[r] === from[r + 1] || present.anyMayMatch(base + from[r]!, base + from[r + 1]!, span)) kept.push(r);
  }
  return kept;
}

/** Expand {MACRO} references, then normalise Arabic letters the way the text is normalised. */
export function compilePattern(pattern: string, macros: Record<string, string>, where: string, flags = "g"): RegExp {
  let source = pattern;
  for (let depth = 0; depth < 5 && /\{[A-Z_]+\}/.test(source); depth++) {
    source = source.replace(/\{([A-Z_]+)\}/g, (_whole, name: string) => {
      const macro = macros[name];
      if (macro === undefined) throw new LexiconError(`${where}: unknown macro {${name}}`);
      return macro;
    });
  }
  // `\w` means an Arabic or Latin word character here (JavaScript's \w is ASCII only).
  source = source.replace(/\\w/g, "[\\u0621-\\u064Aa-z0-9_]");
  // Normalise only the Arabic letters; regex syntax is ASCII and survives unchanged, but the quote characters
  // in patterns must stay `"` (they already are).
  source = source.replace(/[\u0600-\u06FF]+/g, (arabic) => normaliseTerm(arabic));
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new LexiconError(`${where}: pattern does not compile: ${(e as Error).message}`);
  }
}

/** A text of more than a thousand characters: V8 compiles a regex run over one to machine code at once. */
const LONG_SAMPLE = "وقال الوزير إن ".repeat(80);
/**
 * Run `re` once over LONG_SAMPLE, so that V8 compiles it to optimised machine code now, while the isolate has generated
 * little regexp code. Node 20's V8 (11.3) stops optimising the regexes it compiles once an isolate has generated a
 * good deal of regexp and machine code, which this extractor's rules reach within its first articles: the same
 * speech-verb regex compiled after the rest ran 14× slower than compiled first, and in a run it took 20–30 ms of a
 * 150–200 ms pass over the development corpus against 3 ms (`--regexp-tier-up-ticks=0` removes the difference). It is
 * the largest of the rules and the most run (every sentence with a verb of saying). workerd's newer V8 showed no such
 * difference. Measured in README.md, _Benchmarks_.
 */
function compileFirst(re: RegExp): void {
  re.lastIndex = 0;
  re.exec(LONG_SAMPLE);
  re.lastIndex = 0;
}

/**
 * Validate and compile the lexicon data. Throws LexiconError naming the entry at fault.
 * Example: an actor alias "" → LexiconError('actors.json: actor "lavrov" alias "": …')
 */
export function compileLexicon(data: LexiconData): Lexicon {
  const actors = parse(ActorLexiconSchema, data.actors, "actors.json");
  const cues = parse(CueLexiconSchema, data.cues, "cues.json");
  const attribution = parse(AttributionLexiconSchema, data.attribution, "attribution.json");
  const partyIds = new Set(actors.parties.map((p) => p.id));
  const noClaims = new Set(actors.parties.flatMap((p) => (p.noClaims ? [p.id] : [])));
  for (const p of actors.parties)
    if (p.within !== undefined && !partyIds.has(p.within))
      throw new LexiconError(`actors.json: party "${p.id}" within unknown party "${p.within}"`);
  const aliases = new Map<string, AliasInfo[]>();
  const seenIds = new Set<string>();
  for (const actor of actors.actors) {
    if (seenIds.has(actor.id)) throw new LexiconError(`actors.json: actor "${actor.id}" is defined twice`);
    seenIds.add(actor.id);
    if (!partyIds.has(actor.party)) {
      throw new LexiconError(`actors.json: actor "${actor.id}" rolls up to unknown party "${actor.party}"`);
    }
    const places = new Set((actor.places ?? []).map(normaliseTerm));
    const add = (raw: string, extra: Partial<AliasInfo>) => {
      const alias = normaliseTerm(raw).trim().replace(/\s+/g, " ");
      if (alias.length < 2)
        throw new LexiconError(`actors.json: actor "${actor.id}" alias ${JSON.stringify(raw)} is empty after normalising`);
      const info: AliasInfo = {
        actor: actor.id,
        party: actor.party,
        person: actor.kind === "person",
        speakerOnly: actor.speakerOnly ?? false,
        place: places.has(alias),
        ...extra,
      };
      const variants = [alias];
      // ل + ال → لل: "للائتلاف" is "to the Coalition".
      if (alias.startsWith("ال")) variants.push(`لل${alias.slice(2)}`);
      // «الولاياتالمتحدة», «الأممالمتحدة»: scraped copy often loses the space before an article.
      const glued = alias.replace(/ (?=ال)/g, "");
      if (glued !== alias) variants.push(glued);
      variants.push(...pluralOfficialForms(alias));
      for (const v of variants) {
        const list = aliases.get(v) ?? [];
        list.push(info);
        aliases.set(v, list);
      }
    };
    for (const a of actor.aliases) add(a, {});
    for (const a of actor.speakerOnlyAliases ?? []) add(a, { speakerOnly: true });
    for (const t of actor.titles ?? []) add(t.alias, { from: t.from, to: t.to });
    // "رئيس" + every name of the organisation: «رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية».
    for (const r of actor.roleOf ?? []) {
      const org = actors.actors.find((o) => o.id === r.of);
      if (!org) throw new LexiconError(`actors.json: actor "${actor.id}" roleOf names unknown actor "${r.of}"`);
      const joiner = r.role.endsWith("لـ") ? "" : " ";
      const role = r.role.replace(/لـ$/, "ل");
      for (const a of org.aliases) add(`${role}${joiner}${joiner ? a : a.replace(/^ال/, "ل")}`, { from: r.from, to: r.to });
    }
  }
  // Officials by office and nationality, after every alias written out: a title the lexicon names itself («الرئيس
  // السوري» is Assad, «السفير الروسي» is listed) keeps its own reading. Each is an alias of the party's own actor.
  for (const party of Object.values(actors.officials?.positionsOnly ?? {}))
    if (!partyIds.has(party)) throw new LexiconError(`actors.json: officials: positionsOnly: unknown party "${party}"`);
  for (const alias of officialAliases(actors)) {
    const normal = normaliseTerm(alias.alias).trim().replace(/\s+/g, " ");
    if (!partyIds.has(alias.party)) throw new LexiconError(`actors.json: officials: nationality of unknown party "${alias.party}"`);
    // A party whose own actor was taken out of the lexicon («its names are no longer known») has no officials either.
    if (aliases.has(normal) || !seenIds.has(alias.party)) continue;
    // (Not the definite office of a state with no party id: «الدبلوماسي الجزائري», «الدبلوماسي المصري» is mostly the
    // epithet of one just named who speaks for another, the UN's or the Arab League's envoy.)
    if (alias.person && normal.startsWith("ال") && noClaims.has(alias.party)) continue;
    const info: AliasInfo = { actor: alias.party, party: alias.party, person: alias.person, speakerOnly: false, place: false };
    for (const v of normal.startsWith("ال") ? [normal, `لل${normal.slice(2)}`] : [normal]) aliases.set(v, [info]);
    // «سفير أمريكي سابق» no longer speaks for his state: the longer name shadows the official's (as nonActors do).
    const former = `${normal.startsWith("ال") ? "ال" : ""}سابق${/ه$/.test(normal) ? "ه" : ""}`;
    if (!aliases.has(`${normal} ${former}`)) aliases.set(`${normal} ${former}`, [NO_ACTOR]);
  }
  for (const name of actors.nonActors?.names ?? []) {
    const alias = normaliseTerm(name).trim().replace(/\s+/g, " ");
    aliases.set(alias, [NO_ACTOR]);
  }
  // Aliases by their first word, each entry with the alias's words, longest aliases first.
  const aliasesByFirstWord = new Map<string, Array<{ alias: string; words: string[]; readings: AliasInfo[] }>>();
  for (const [alias, readings] of aliases) {
    const words = alias.split(" ");
    const list = aliasesByFirstWord.get(words[0]!) ?? [];
    list.push({ alias, words, readings });
    aliasesByFirstWord.set(words[0]!, list);
  }
  for (const list of aliasesByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length || b.alias.length - a.alias.length);
  const aliasesBySurface = new Map<string, SurfaceReading[]>();
  for (const clitic of CLITICS) {
    for (const [first, entries] of aliasesByFirstWord) {
      // A clitic needs at least two letters after it, so «ب» + a one-letter word is no reading.
      if (clitic && first.length < 2) continue;
      const surface = clitic + first;
      const readings = aliasesBySurface.get(surface) ?? [];
      readings.push({ prefix: clitic.length, entries });
      aliasesBySurface.set(surface, readings);
    }
  }

  const macros = cues.macros;
  // A rule's id names it on every claim it makes (and in fateLeftToSyrians): two rules under one id could not be told
  // apart.
  const ids = new Set<string>();
  for (const r of cues.rules) {
    if (ids.has(r.id)) throw new LexiconError(`cues.json: rule "${r.id}": another rule has the same id`);
    ids.add(r.id);
  }
  const rules: CompiledRule[] = cues.rules.map((r) => {
    const regex = compilePattern(r.pattern, macros, `cues.json: rule "${r.id}"`);
    const example = normaliseTerm(r.example);
    regex.lastIndex = 0;
    if (!regex.test(example)) throw new LexiconError(`cues.json: rule "${r.id}": its example does not match its pattern`);
    regex.lastIndex = 0;
    return {
      id: r.id,
      topic: r.topic,
      stance: r.stance as Stance,
      regex,
      weight: r.weight,
      holder: r.holder,
      requiresParticipation: r.requiresParticipation ?? false,
      requiresNearby: r.requiresNearby ? compilePattern(r.requiresNearby, macros, `cues.json: rule "${r.id}"`, "") : undefined,
      antecedent: r.antecedent ? compilePattern(r.antecedent, macros, `cues.json: rule "${r.id}"`, "") : undefined,
      negatedStance: r.negatedStance as Stance | undefined,
    };
  });
  const c = (p: string, where: string, flags = "g") => compilePattern(p, macros, where, flags);
  const iran = cues.iran;
  const gated: Record<KeywordSlot, RegExp> = {
    speechVerb: c(attribution.speechVerbs.pattern, "attribution.json: speechVerbs"),
    clauseBoundary: c(attribution.clauseBoundaries.pattern, "attribution.json: clauseBoundaries"),
    iranMention: c(iran.mention, "cues.json: iran.mention"),
    iranParticipation: c(iran.participation, "cues.json: iran.participation"),
    otherTalks: c(cues.context.otherTalks, "cues.json: context.otherTalks", ""),
    // A lexicon without it has a slot that matches nothing (and is never read).
    otherVenue: cues.context.otherVenue === undefined ? /(?!)/ : c(cues.context.otherVenue, "cues.json: context.otherVenue", ""),
    hedge: c(attribution.hedges.pattern, "attribution.json: hedges", ""),
    approvalWord: c(attribution.approvalWords.pattern, "attribution.json: approvalWords"),
    agreement: c(attribution.agreement.pattern, "attribution.json: agreement"),
    // Tested after every phrase cue; a lexicon without it has a slot that matches nothing (and is never read).
    rejectedAfter: cues.rejectedAfter ? c(cues.rejectedAfter.pattern, "cues.json: rejectedAfter", "") : /(?!)/,
    // The words of an office (offices.ts): only a sentence holding one may teach a person's name (learntNames).
    office: OFFICE_WORD,
  };
  const surfaceBuckets: Lexicon["surfaceBuckets"] = new Array(1 << SURFACE_HASH_BITS);
  for (const [surface, readings] of aliasesBySurface) {
    const h = surfaceHash(surface, 0, surface.length);
    (surfaceBuckets[h] ??= []).push({ surface, readings });
  }
  // The composed cues' word classes are gated by the same scan: a class runs only in sentences holding its words.
  const compose = cues.compose && compileCompose(cues.compose);
  const composeClasses = compose ? Object.values(compose).flatMap((g) => Object.values(g ?? {}) as WordClass[]) : [];
  const composeRegexes = composeClasses.map((w) => w.regex);
  const composeBase = rules.length + KEYWORD_SLOTS.length;
  const composeSlot = new Map(composeClasses.map((w, i) => [w, composeBase + i]));
  const composeSet = new ClassSet(composeClasses);
  const composeSlotById = composeClasses.map((w) => composeSlot.get(w)!);
  // The same scan finds where a name's first word may end, for the actor lookup.
  // Then the rules' branches, each gated on its own words.
  const branches = rules.map((r) => gatedBranches(r.regex));
  const ruleBranches = {
    base: rules.length + KEYWORD_SLOTS.length + composeRegexes.length,
    from: branches.reduce((from, list) => [...from, from[from.length - 1]! + list.length], [0]),
    pieces: rules.map((r) => requiredPiece(r.regex.source, r.regex.flags)),
  };
  // Last, the conditions a claim may name, each gated on its words too.
  const conditionBase = ruleBranches.base + ruleBranches.from[ruleBranches.from.length - 1]!;
  const conditions = Object.entries(cues.conditions).map(([id, p], i) => ({
    id,
    regex: c(p, `cues.json: conditions.${id}`, ""),
    slot: conditionBase + i,
  }));
  const keywords = new KeywordSets(
    [
      ...rules.map((r) => r.regex),
      ...KEYWORD_SLOTS.map((k) => gated[k]),
      ...composeRegexes,
      ...branches.flat(),
      ...conditions.map((k) => k.regex),
    ],
    [...aliasesByFirstWord.keys()],
  );
  const keywordSlots = Object.fromEntries(KEYWORD_SLOTS.map((k, i) => [k, rules.length + i])) as Record<KeywordSlot, number>;
  // The word and piece analyses read the regex source; a rule they would skip on its own example is a bug to stop on.
  rules.forEach((r, i) => {
    const example = normaliseTerm(cues.rules[i]!.example);
    const present = keywords.presence(example, [{ start: 0, end: example.length }]);
    if (!ruleCandidates({ rules, ruleBranches }, present, 0).includes(i)) {
      throw new LexiconError(`cues.json: rule "${r.id}": its required words are missing from its example`);
    }
    if (ruleBranches.pieces[i]?.test(example) === false) {
      throw new LexiconError(`cues.json: rule "${r.id}": its required piece is missing from its example`);
    }
  });
  // The rules as they run: their analyses above read them as written.
  const running = rules.map((r) => ({ ...r, regex: new RegExp(guardedLookbehinds(r.regex.source, r.regex.flags), r.regex.flags) }));
  const surnames = actors.actors.flatMap((actor): Surname[] => {
    if (actor.surname === undefined) return [];
    const surname = normaliseTerm(actor.surname).trim();
    const full = actor.aliases
      .map((a) => normaliseTerm(a).trim().replace(/\s+/g, " "))
      .filter((a) => a.includes(" ") && a.endsWith(surname));
    if (full.length === 0)
      throw new LexiconError(`actors.json: actor "${actor.id}" surname ${JSON.stringify(actor.surname)} ends none of its full aliases`);
    return [
      {
        actor: actor.id,
        party: actor.party,
        word: surname,
        full: new RegExp(
          `(?<![\\u0621-\\u064A])(?:${full.map((a) => escapeRegExp(a).replace(/ /g, "\\s+")).join("|")})(?![\\u0621-\\u064A])`,
          "g",
        ),
        bare: new RegExp(`(?<![\\u0621-\\u064A])([وفل]?)${escapeRegExp(surname)}(?![\\u0621-\\u064A])`, "g"),
      },
    ];
  });
  const lexicon: Lexicon = {
    version: `${actors.version}/${cues.version}/${attribution.version}`,
    surnames,
    parties: actors.parties,
    partyWithin: new Map(actors.parties.flatMap((p) => (p.within === undefined ? [] : [[p.id, p.within] as const]))),
    noClaims,
    nationalities: new Map(
      Object.entries({ ...actors.officials?.nationalities, ...actors.officials?.positionsOnly }).map(([adjective, party]) => [
        normaliseTerm(adjective),
        party,
      ]),
    ),
    actors: actors.actors,
    surfaceBuckets,
    rules: running,
    keywords,
    keywordSlots,
    ruleBranches,
    iran: {
      mention: gated.iranMention,
      participation: gated.iranParticipation,
      listIntroducers: c(iran.listIntroducers, "cues.json: iran.listIntroducers", ""),
      wantedThat: iran.wantedThat === undefined ? undefined : c(iran.wantedThat, "cues.json: iran.wantedThat", ""),
      supportTriggers: c(iran.supportTriggers, "cues.json: iran.supportTriggers"),
      opposeTriggers: c(iran.opposeTriggers, "cues.json: iran.opposeTriggers"),
      anaphora: c(iran.anaphora, "cues.json: iran.anaphora", ""),
      conditionMarkers: c(iran.conditionMarkers, "cues.json: iran.conditionMarkers"),
      conditionVerbs: c(iran.conditionVerbs, "cues.json: iran.conditionVerbs", ""),
      without: iran.without === undefined ? undefined : c(iran.without, "cues.json: iran.without"),
      negation: iran.negation === undefined ? undefined : c(iran.negation, "cues.json: iran.negation"),
      supportAfter: iran.supportAfter === undefined ? undefined : c(iran.supportAfter, "cues.json: iran.supportAfter"),
      deplore: iran.deplore === undefined ? undefined : c(iran.deplore, "cues.json: iran.deplore"),
      exclusion: iran.exclusion === undefined ? undefined : c(iran.exclusion, "cues.json: iran.exclusion", ""),
      weights: iran.weights,
    },
    conditions,
    participation: c(cues.participation, "cues.json: participation", ""),
    context: {
      syria: c(cues.context.syria, "cues.json: context.syria", ""),
      otherTalks: gated.otherTalks,
      otherVenue: cues.context.otherVenue === undefined ? undefined : gated.otherVenue,
    },
    rejectedAfter: cues.rejectedAfter ? gated.rejectedAfter : undefined,
    fateLeftToSyrians: cues.fateLeftToSyrians && {
      rules: new Set(cues.fateLeftToSyrians.rules),
      keptBy: new Set(cues.fateLeftToSyrians.keptBy),
    },
    compose,
    composeSlot,
    composeSlotById,
    composeSet,
    speechVerb: gated.speechVerb,
    continuation: c(attribution.speechVerbs.continuation, "attribution.json: speechVerbs.continuation", "y"),
    stanceWord: c(attribution.stanceWords.pattern, "attribution.json: stanceWords"),
    isStanceWord: c(attribution.stanceWords.pattern, "attribution.json: stanceWords", ""),
    approvalWord: gated.approvalWord,
    agreement: gated.agreement,
    clauseBoundary: gated.clauseBoundary,
    locativeBefore: c(attribution.locativeBefore.pattern, "attribution.json: locativeBefore", ""),
    objectBefore: c(attribution.objectBefore.pattern, "attribution.json: objectBefore", ""),
    removedBefore: attribution.removedBefore && c(attribution.removedBefore.pattern, "attribution.json: removedBefore", ""),
    narrativeOnly: c(attribution.narrativeOnly.pattern, "attribution.json: narrativeOnly", ""),
    hedge: gated.hedge,
    anaphoricTitle: attribution.anaphoricTitles && c(attribution.anaphoricTitles.pattern, "attribution.json: anaphoricTitles", ""),
    otherOffice: attribution.otherOffices && c(attribution.otherOffices.pattern, "attribution.json: otherOffices", ""),
    accusation: attribution.accusationVerbs && c(attribution.accusationVerbs.pattern, "attribution.json: accusationVerbs"),
  };
  compileFirst(lexicon.speechVerb);
  return lexicon;
}
