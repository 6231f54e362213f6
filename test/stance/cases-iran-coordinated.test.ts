// Modals before her taking part. Iran the subject of a clause, then «و», a modal and her own verb of taking part, no
// copula between: «إيران دولة جارة ولا يمكن أن تشارك» (before, only a copula there, «ولا يمكن أن تكون جزءاً», was
// read); and «لا يمكن/لا يجوز أن تشارك إيران», the verb before her (before, only «لا ينبغي» and «يجب ألا» were).
// Sentences written for the table.
import { caseTable } from "./case-table";

caseTable("Iran's predicate, then «و», a modal and her verb of taking part", [
  {
    why: "a predicate of three words, then «ولا يمكن أن تشارك»",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن إيران طرف في الحرب ولا يمكن أن تشارك في المؤتمر الدولي.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a verb of hers, a comma, then «ولا يمكن أن تشارك»",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن إيران تقاتل إلى جانب النظام، ولا يمكن أن تشارك في المؤتمر الدولي.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«ولا يجوز أن تجلس»",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن إيران دولة محتلة ولا يجوز أن تجلس إلى طاولة المفاوضات.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a predicate of five words, then «ويجب أن تشارك»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن إيران جزء من الحل في المنطقة ويجب أن تشارك في المؤتمر الدولي.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«ومن الطبيعي أن تحضر»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن إيران دولة جارة لسوريا ومن الطبيعي أن تحضر المؤتمر الدولي.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "another verb joined by «و» with no modal is not her taking part",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن إيران دولة جارة وتتابع التحضيرات للمؤتمر الدولي.",
    expected: [],
  },
  {
    why: "«لا يمكن أن تشارك إيران»: the modal and her verb before her",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إنه لا يمكن أن تشارك إيران في المؤتمر الدولي.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«لا يجوز أن تشارك إيران»",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إنه لا يجوز أن تشارك إيران في المؤتمر الدولي.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«يجوز أن تشارك إيران»: permitted, supported",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إنه يجوز أن تشارك إيران في المؤتمر الدولي.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لا يمكن تجاهل دور إيران»: «لا يمكن» not right before her taking part rejects nothing",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إنه لا يمكن تجاهل دور إيران في المنطقة.",
    expected: [],
  },
  {
    why: "«لا يمكن لإيران أن تشارك»: the modal before «لـ» and her name",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إنه لا يمكن لإيران أن تشارك في المؤتمر الدولي.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«لا يحق لإيران أن تشارك»",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إنه لا يحق لإيران أن تشارك في المؤتمر الدولي.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«يمكن لإيران أن تشارك»: admitted",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إنه يمكن لإيران أن تشارك في المؤتمر الدولي.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«من حق إيران أن تشارك», «إيران من حقها أن تشارك»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن من حق إيران أن تشارك في المؤتمر الدولي، وإن إيران من حقها أن تحضر.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«ليس من حق إيران المشاركة»",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إنه ليس من حق إيران المشاركة في المؤتمر الدولي.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«إيران لا يحق لها أن تشارك»",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن إيران لا يحق لها أن تشارك في المؤتمر الدولي.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«لا يحق لأي طرف» far before her exclusion is no modal of hers",
    text: "وقال مساعد وزير الخارجية الإيراني إنه لا يحق لأي طرف خارجي أن يفرض رحيل الأسد، متهماً واشنطن بالضغط لإبعاد إيران عن المؤتمر.",
    expected: ["iran assad_role may_stay", "usa iran_participation oppose"],
  },
]);
