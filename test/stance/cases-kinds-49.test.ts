// Kinds mended in the forty-ninth probe, found by helpers writing invented news sentences of six families (reference
// across clauses and sentences; fronted topics and word order; circumstantial and subordinate clauses; polarity and
// modality edges; dialect and interviews; noisy text) and from the kinds the last note left, each a row here, with
// guards:
// - who holds it: a participle of position after a verb of doing with no comma («غادر الجربا الاجتماع رافضاً …»), its
//   doer a person or a party;
// - what it says: a negated verb of backing with its subject between it and the demand («لم تؤيد طهران المطالبة
//   بتنحي الأسد»).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "a negated verb of backing with its subject between it and the demand («لم تؤيد طهران المطالبة بتنحي الأسد») turns the demand",
    text: `${T}ولم تؤيد طهران المطالبة بتنحي الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "the same with a subject of two words in the present («لا يدعم الاتحاد الأوروبي المطالبة …»)",
    text: `${T}لا يدعم الاتحاد الأوروبي المطالبة برحيل الأسد فوراً.`,
    expected: ["eu assad_role may_stay"],
  },
  {
    why: "guard: the verb of backing not negated keeps the demand",
    text: `${T}وتؤيد طهران المطالبة بتنحي الأسد.`,
    expected: ["iran assad_role must_go"],
  },
  {
    why: "a participle of position after a verb of doing and its object, no comma («غادر الجربا الاجتماع رافضاً …»), is the doer's",
    text: `${T}وغادر الجربا الاجتماع رافضاً مشاركة إيران في المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "the same in the feminine, its doer a party («وغادرت الخارجية الفرنسية الاجتماع رافضةً …»)",
    text: `${T}وغادرت الخارجية الفرنسية الاجتماع رافضةً مشاركة إيران في المؤتمر.`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "a body walking out, then «رافضاً» («وانسحب وفد الائتلاف من القاعة رافضاً أي دور للأسد»)",
    text: `${T}وانسحب وفد الائتلاف من القاعة رافضاً أي دور للأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: a party named in a fronted topic before another's verb of saying does not take the participle after it",
    text: `${T}وحول مطالبة المعارضة بتنحي الأسد قبل المفاوضات، قال مسؤول إن المؤتمر سيعقد في موعده، مضيفاً أن الأسد رئيس شرعي.`,
    expected: ["syrian_opposition assad_role must_go"],
  },
];

caseTable("kinds of the forty-ninth probe", CASES);
