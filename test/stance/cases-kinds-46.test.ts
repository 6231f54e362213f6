// Kinds mended in the forty-sixth probe, found by helpers writing invented news sentences of four families (who speaks
// and how; time, change and supposition; several parties in one sentence; what conditions and Assad's role are made
// of), each a row here, and the guards a regression hunt asked for:
// - «we» said by an Iranian of her own taking part («قال ظريف: "نحن مستعدون للمشاركة"»), not where she is named after
//   it, her pronoun stands on a verb before the word of taking part, or the sentence sets a condition;
// - the object of a negated verb before a negated verb joined by «و» («أنها لا تريد إيران … ولا تقبل …»);
// - dropping one's support for something («على التخلي عن دعمها لبقاء الأسد»): rejecting it; giving something up, the
//   subject between the verb and «عن» («تخلت واشنطن عن مطلب رحيل الأسد»): turning it;
// - the future tense of verbs of rejecting and demanding («سترفض», «ستعارض», «سيطالب», «ستدعم»);
// - his fate after another priority («الأولوية لمحاربة الإرهاب لا لمصير الأسد»); headlines with no verb («لا جنيف
//   بحضور إيران»);
// - what «لو» supposes, answered after it, and what «حتى لو» concedes: no position, no condition; a cited headline
//   «بعناوين من قبيل "…"»; forecasts in the past tense («رجح دبلوماسيون أن …»), not past the forecaster's own clause;
// - «موقف المملكة الرافض لمشاركة إيران»; «لا يمكن قبول» her taking part; «نفى الائتلاف قبوله بمشاركة إيران»;
// - refusing any solution, or the war not ending, if he stays («لن نقبل بأي حل إذا بقي الأسد»): his going wanted;
// - the one called on right after the one calling («طلبت واشنطن من الأمم المتحدة سحب الدعوة»): asked, holding nothing;
// - «لم يقبل» with a subject of two words before its object; no condition but one («لا يضع أي شرط إلا …», «ليست مرهونة
//   بشيء سوى …»); others, unnamed, as the subject («البعض يطالب …», a plural verb opening a quotation);
// - the interview named before the asking («وفي مقابلة مع صحيفة "الحياة" سئل …»); a rejection relayed as a noun («نقل
//   الإبراهيمي إلى المعلم رفض الائتلاف …»); a decision to go without conditions («قرر الائتلاف الذهاب …»).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«نحن مستعدون للمشاركة» quoted from an Iranian minister: Iran's own readiness to take part",
    text: `${T}وقال وزير الخارجية الإيراني: "نحن مستعدون للمشاركة في المؤتمر الدولي حول سوريا إذا وجهت إلينا دعوة رسمية".`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«إننا مستعدون للحضور» said by an Iranian deputy minister: the same",
    text: `${T}وقال نائب وزير الخارجية الإيراني إننا مستعدون لحضور مؤتمر جنيف.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "guard: «نحن مستعدون للمشاركة» said by the coalition's head is no position on Iran",
    text: `${T}وقال رئيس الائتلاف الوطني السوري: "نحن مستعدون للمشاركة في المؤتمر".`,
    expected: [],
  },
  {
    why: "guard: «ونحن نريدها أن تكون حاضرة» after Iran named: the speaker wants her there, «we» is not Iran",
    text: `${T}وقالت المستشارة السياسية للرئيس السوري: إيران دولة أساسية في المنطقة، ونحن نريدها أن تكون حاضرة في جنيف.`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "guard: «ونحن نرفض مشاركة إيران», Iran named after «we»: the speaker's rejection",
    text: `${T}وقال رئيس الائتلاف: "ونحن نرفض مشاركة إيران في المؤتمر".`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«أنها لا تريد إيران في جنيف ولا تقبل بأي دور للأسد»: Iran, the object of the first verb, holds nothing of the joined negated one",
    text: `${T}وأكدت السعودية أنها لا تريد إيران في جنيف ولا تقبل بأي دور للأسد.`,
    expected: ["saudi_arabia iran_participation oppose", "saudi_arabia assad_role must_go"],
  },
  {
    why: "urging another to drop its support for his staying («على التخلي عن دعمها لبقاء الأسد») wants him gone",
    text: `${T}وحث وزير الخارجية الأمريكي موسكو على التخلي عن دعمها لبقاء الأسد.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "calling for an end to the support («إلى وقف دعمها لبقاء الأسد») wants him gone",
    text: `${T}ودعت السعودية روسيا إلى وقف دعمها لبقاء الأسد في السلطة.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: not giving up the support («لن تتخلى عن دعمها لبقاء الأسد») keeps him",
    text: `${T}وقال وزير الخارجية الروسي إن موسكو لن تتخلى عن دعمها لبقاء الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«سترفض أي مشاركة لإيران»: the future of rejecting rejects",
    text: `${T}وأكد وزير الخارجية السعودي أن المملكة سترفض أي مشاركة لإيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«سترفض أي شروط مسبقة»: conditions refused in the future tense",
    text: `${T}وقال وزير الخارجية الروسي إن روسيا سترفض أي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«سيرفض أي دور للأسد»: a role for him refused in the future tense",
    text: `${T}وأعلن الائتلاف أنه سيرفض أي دور للأسد في المرحلة الانتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«ستدعم مشاركة طهران», «ستعارض مشاركة إيران»: the future of backing and of opposing",
    text: `${T}وقال نائب وزير الخارجية الروسي إن موسكو ستدعم مشاركة طهران في المؤتمر. وقال وزير الخارجية الفرنسي إن فرنسا ستعارض مشاركة إيران.`,
    expected: ["russia iran_participation support", "france iran_participation oppose"],
  },
  {
    why: "«الأولوية لمحاربة الإرهاب لا لمصير الأسد»: his fate not the priority keeps him, as «ليس أولوية» does",
    text: `${T}وقال وزير الخارجية الروسي إن الأولوية لمحاربة الإرهاب لا لمصير الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: the priority given to his going («الأولوية لرحيل الأسد وليس لمحاربة الإرهاب وحدها») wants him gone",
    text: `${T}وقال وزير الخارجية السعودي إن الأولوية لرحيل الأسد وليس لمحاربة الإرهاب وحدها.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "a headline with no verb, «لا جنيف بحضور إيران»: her taking part refused by the one before the colon",
    text: `الجربا: لا جنيف بحضور إيران\n\nجدد رئيس الائتلاف موقفه من المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: «لا مفاوضات مع إيران», talks with her on anything, is no position on her taking part",
    text: `${T}وقال رئيس الائتلاف: لا مفاوضات مع إيران.`,
    expected: [],
  },
  {
    why: "what «لو» supposes, answered by «لأعلنت», is no one's position",
    text: `${T}وقال المحلل إنه لو كانت السعودية تريد مشاركة إيران في جنيف لأعلنت ذلك.`,
    expected: [],
  },
  {
    why: "«حتى لو قبلت ببيان جنيف 1» concedes: the rejection before it stands, no condition",
    text: `${T}وجددت السعودية رفضها مشاركة إيران حتى لو قبلت ببيان جنيف 1.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "what the other side insists on inside «حتى لو» is no one's condition",
    text: `${T}وقال وزير الخارجية السوري إن الحكومة ستحضر جنيف حتى لو أصرت المعارضة على شروطها.`,
    expected: [],
  },
  {
    why: "guard: «إلا إذا قبلت ببيان جنيف 1» is still a condition on her taking part",
    text: `${T}وقال وزير الخارجية الأمريكي إن واشنطن لن تقبل بمشاركة إيران إلا إذا قبلت ببيان جنيف 1.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "a cited headline after «بعناوين من قبيل» is the papers' wording, not the party's position",
    text: `${T}وانتقدت الخارجية الروسية ما نشرته صحف غربية بعناوين من قبيل «موسكو تريد رحيل الأسد».`,
    expected: [],
  },
  {
    why: "«موقف المملكة الرافض لمشاركة إيران» confirmed: the owner rejects",
    text: `${T}وأكدت وزارة الخارجية السعودية في بيان موقف المملكة الرافض لمشاركة إيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«لا يمكن قبول مشاركة إيران»: accepting her cannot be, she is rejected",
    text: `${T}وقال وزير الخارجية السعودي: لا يمكن قبول مشاركة إيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "a denied acceptance named by its noun («نفى الائتلاف قبوله بمشاركة إيران») says nothing",
    text: `${T}ونفى الائتلاف قبوله بمشاركة إيران في المؤتمر.`,
    expected: [],
  },
  {
    why: "forecasts in the past tense («رجح دبلوماسيون أن ترفض …», «توقعت صحيفة أن تطالب …») are no one's position",
    text: `${T}ورجح دبلوماسيون غربيون أن ترفض السعودية مشاركة إيران. وتوقعت صحيفة الحياة أن تطالب واشنطن برحيل الأسد.`,
    expected: [],
  },
  {
    why: "refusing any solution if he stays («لن تقبل بأي حل إذا بقي الأسد») wants him gone",
    text: `${T}وقال الرئيس التركي إن تركيا لن تقبل بأي حل إذا بقي الأسد في السلطة.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "refusing any deal if it provides for his going («لن تقبل بأي اتفاق إذا نص على تنحي الرئيس») keeps him",
    text: `${T}وقال نائب وزير الخارجية السوري إن الحكومة لن تقبل بأي اتفاق إذا نص على تنحي الرئيس.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "the war said not to end if he stays («لن تنتهي إذا بقي الأسد») wants him gone",
    text: `${T}وقال وزير الخارجية الأمريكي إن الحرب لن تنتهي إذا بقي الأسد في السلطة.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: «لن يذهب إلى جنيف إذا بقي الأسد»: a condition on attending and his going wanted",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف لن يذهب إلى جنيف إذا بقي الأسد في السلطة.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "the one asked after «من» («طلبت الولايات المتحدة من الأمم المتحدة سحب دعوة إيران») holds nothing; the asker does",
    text: `${T}وطلبت الولايات المتحدة من الأمم المتحدة سحب دعوة إيران.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "guard: the one asked with «ب» after the asker («طالبت السعودية الأمم المتحدة بسحب الدعوة …»): the asker holds it",
    text: `${T}وطالبت السعودية الأمم المتحدة بسحب الدعوة الموجهة إلى إيران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«ولم يقبل النظام السوري أي شرط مسبق»: the negated verb of accepting, its subject of two words between, refuses conditions",
    text: `${T}ولم يقبل النظام السوري أي شرط مسبق.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لا يضع أي شرط للمشاركة إلا وقف القصف»: no condition but one names that one",
    text: `${T}وقال المتحدث باسم الائتلاف إن الائتلاف لا يضع أي شرط للمشاركة إلا وقف القصف.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«ليست مرهونة بشيء سوى التزام النظام ببيان جنيف 1»: held on one thing only, a condition",
    text: `${T}وقال رئيس الائتلاف إن المشاركة ليست مرهونة بشيء سوى التزام النظام ببيان جنيف 1.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "guard: «لا يضع أي شروط مسبقة للمشاركة», no exception after it, refuses conditions",
    text: `${T}وقال المتحدث باسم الائتلاف إن الائتلاف لا يضع أي شروط مسبقة للمشاركة في المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "«البعض يطالب برحيل الأسد» quoted from a minister: others, unnamed, demand it; not the minister",
    text: `${T}وقال وزير الخارجية السوري: "البعض يطالب برحيل الأسد، وهذا لن يحدث".`,
    expected: [],
  },
  {
    why: 'a verb in the plural opening a quotation («: "يطالبون برحيل …"»): others, unnamed, not the one quoted',
    text: `${T}وقال وزير الخارجية السوري: "يطالبون برحيل الرئيس الأسد. هذا لن يحدث أبدا".`,
    expected: [],
  },
  {
    why: "guard: «أكد رئيس الائتلاف أنهم يطالبون …»: reported speech, «they» his own side",
    text: `${T}وأكد رئيس الائتلاف أنهم يطالبون برحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: «ليس واقعياً أن يطالب البعض بتغيير النظام»: others' demand the speaker judges is his position turned",
    text: `${T}وقال وزير الخارجية الروسي: "ليس واقعيا أن يطالب البعض بتغيير النظام كنقطة انطلاق للمفاوضات".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "giving up, the subject between the verb and its «عن» («تخلت واشنطن عن مطلب رحيل الأسد»), turns what is given up",
    text: `${T}وتخلت واشنطن عن مطلب رحيل الأسد الفوري.`,
    expected: ["usa assad_role may_stay"],
  },
  {
    why: "«تراجعت تركيا عن رفضها لأي دور للأسد»: a refusal given up admits a role",
    text: `${T}وتراجعت تركيا عن رفضها لأي دور للأسد.`,
    expected: ["turkey assad_role may_stay"],
  },
  {
    why: "guard: not giving the demand up («لم تتخل عن مطلب رحيل الأسد», the jussive) keeps it",
    text: `${T}وقال وزير الخارجية الأمريكي إن واشنطن لم تتخل عن مطلب رحيل الأسد.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: not retreating, the subject between («لم تتراجع واشنطن عن مطالبتها برحيله»), keeps the demand",
    text: `${T}ولم تتراجع واشنطن يوما عن مطالبتها برحيل الأسد.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: 'the interview named before the asking («وفي مقابلة مع صحيفة "الحياة" سئل الجربا … فقال»): the one asked answers',
    text: `${T}وفي مقابلة مع صحيفة "الحياة" سئل رئيس الائتلاف عن مشاركة إيران فقال: لن نقبل بحضور إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: 'the same with a comma after the interview («وفي حديث لقناة "العربية"، سئل …»)',
    text: `${T}وفي حديث لقناة "العربية"، سئل وزير الخارجية التركي عن بقاء الأسد فقال: على الأسد أن يرحل.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "a rejection relayed as a noun («نقل الإبراهيمي إلى المعلم رفض الائتلاف أي دور للأسد»): its owner's, not the relayer's",
    text: `${T}ونقل المبعوث الدولي إلى وزير الخارجية السوري رفض الائتلاف أي دور للأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "a rejection named after «إلى» («أشار كيري إلى رفض موسكو أي حديث عن رحيل الأسد»): Moscow's, not Kerry's",
    text: `${T}وأشار وزير الخارجية الأمريكي إلى رفض موسكو أي حديث عن رحيل الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: the verb «رفض» with its subject after it («ورفض الائتلاف أي دور للأسد») is the subject's",
    text: `${T}ورفض الائتلاف أي دور للأسد في المرحلة الانتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "a decision to go without conditions («وقرر الائتلاف الذهاب إلى جنيف دون شروط مسبقة»): the one deciding holds it",
    text: `${T}وقرر الائتلاف الذهاب إلى جنيف دون شروط مسبقة.`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "guard: «نحن مستعدون للمشاركة إذا كان هدفه رحيل الأسد» from the coalition: terms on the talks and his going, not Iran",
    text: `${T}وقال رئيس الائتلاف: "نحن مستعدون للمشاركة في جنيف إذا كان هدفه رحيل الأسد".`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "guard: a forecast closed by the forecaster's own participle («، مؤكدة رفضها أي شروط مسبقة»): that clause is hers",
    text: `${T}وتوقعت روسيا أن يحضر النظام جنيف دون شروط، مؤكدة رفضها أي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: the main clause after «حتى لو …» («فإن الأسد يجب أن يرحل») is the speaker's",
    text: `${T}وأضاف وزير الخارجية الأمريكي أنه حتى لو حضرت إيران فإن الأسد يجب أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: «ولو لساعة واحدة» (even for an hour) concedes nothing: the condition after it stands",
    text: `${T}وقالت المعارضة إنها لن تجلس مع وفد النظام ولو لساعة واحدة ما لم يرحل الأسد.`,
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "guard: «وبعض الدول» joined to a party named before it is no unnamed subject",
    text: `${T}ورفض الائتلاف وبعض الدول مشاركة إيران في المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: «لا مؤتمر بمشاركة إيران ما لم …»: terms on her taking part, not a bare refusal",
    text: `${T}وقال الائتلاف: لا مؤتمر بمشاركة إيران ما لم تسحب حرسها الثوري من سوريا.`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: 'others, unnamed, with their verb before her taking part («"البعض يرفض مشاركة إيران"»): not the minister\'s',
    text: `${T}وقال وزير الخارجية السوري: "البعض يرفض مشاركة إيران".`,
    expected: [],
  },
  {
    why: "guard: a body in the caller's title («مبعوث الجامعة العربية لدى الأمم المتحدة نبيل العربي») is no caller",
    text: `${T}ودعا مبعوث الجامعة العربية لدى الأمم المتحدة نبيل العربي إلى مشاركة إيران.`,
    expected: ["arab_league iran_participation support"],
  },
  {
    why: "guard: «لا يضع أي شرط مسبق غير واقعي»: «غير» of a judging adjective is no exception",
    text: `${T}وقال المتحدث إن الائتلاف لا يضع أي شرط مسبق غير واقعي.`,
    expected: [],
  },
];

caseTable("kinds of the forty-sixth probe", CASES);
