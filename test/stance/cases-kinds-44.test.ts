// Kinds mended in the forty-fourth probe: conditions on Iran's taking part set by one who tries or wants to set them
// («تحاول فرض شروط على مشاركة إيران»), by a verb before its subject («وضعت واشنطن شروطاً على …»), or refused («لا تحاول
// فرض أي شروط على …»); keeping him («الإبقاء على الأسد»); his going posed as a condition and denied («لم يطرح … كشرط»);
// an irrevocable demand («كشرط لا تراجع عنه», «مطلب لا رجعة فيه»); «فقد» the verb after an aside; «أما من يضع … فهو لا
// يريد الحل»; a bare «الدعوة» withdrawn, the invitation to Iran told of before; a solution keeping him judged a gift to
// the terrorists or the crisis made over («هدية للإرهابيين», «إعادة إنتاج للأزمة»); what is an illusion with him there
// («وهم في ظل بقاء الأسد»); his staying allowed on the proviso that he be no part of Syria's future; what others are
// heard to say («نسمع أن», «هناك من يقول»); the accused of setting conditions; «، وكذلك X وY» and «وهو موقف تشاركها
// فيه X»; the counterpart by office («نظيره البريطاني»); one met in the speaker's own meeting; an agreement on
// something else; Iran refused while her forces fight; a conference without her judged meaningless or stillborn; his
// not being there in Syria's future; no solution without him; the invitation in a decision welcomed; going back on
// the invitation («تراجع الأمين العام عن دعوة إيران»); one met right after the subject of the meeting; what is agreed
// («على أن») past a comma.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "one who tries to impose conditions on her taking part («تحاول فرض شروط مسبقة على مشاركة إيران») sets them",
    text: `${T}وقال مسؤول إيراني إن الرياض تحاول فرض شروط مسبقة على مشاركة إيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "the verb of setting before its subject («ووضعت واشنطن شروطاً على مشاركة إيران») sets them too",
    text: `${T}ووضعت واشنطن شروطا على مشاركة إيران في المؤتمر الدولي.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "conditions on her taking part denied («لا تحاول فرض أي شروط على مشاركة إيران») want her there, not oppose",
    text: `${T}وقال وزير الخارجية الروسي إن موسكو لا تحاول فرض أي شروط على مشاركة إيران.`,
    expected: ["russia geneva2_preconditions unconditional", "russia iran_participation support"],
  },
  {
    why: "keeping him («الإبقاء على الأسد») is his staying, «على» between",
    text: `${T}وقال المعارض السوري إن روسيا تريد الإبقاء على الأسد في السلطة.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "his going posed as a condition and denied («ولم يطرح الائتلاف رحيل الأسد كشرط») says nothing of his staying",
    text: `${T}ولم يطرح الائتلاف الوطني رحيل الأسد كشرط للمشاركة هذه المرة.`,
    expected: [],
  },
  {
    why: "a condition «لا تراجع عنه» is irrevocable, no negated predicate of his going",
    text: `${T}ويطرح الائتلاف الوطني تنحي الأسد كشرط لا تراجع عنه.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: «مطلب لا رجعة فيه» after a comma affirms the demand before it",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف متمسك برحيل الأسد، وهو مطلب لا رجعة فيه.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "after an aside of comment («، كما قلنا من قبل،») «فقد شرعيته» is the verb of losing, the clause going on",
    text: `${T}وقال رئيس الائتلاف إن الأسد، كما قلنا من قبل، فقد شرعيته.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«أما من يضع شرط رحيل الأسد … فهو لا يريد الحل»: whoever sets it, judged after «فهو», is rejected by the speaker",
    text: `${T}وقال وزير الخارجية الإيراني: أما من يضع شرط رحيل الأسد قبل المفاوضات فهو لا يريد الحل.`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "a bare «سحب الدعوة» judged a mistake, in a later paragraph, is of the invitation to Iran told of before",
    text: `${T}وجه الأمين العام للأمم المتحدة دعوة إلى إيران لحضور الاجتماع الافتتاحي للمؤتمر.\n\n«سحب الدعوة خطأ، لكنه ليس كارثة»، قال وزير الخارجية الروسي للصحافيين.`,
    expected: ["russia iran_participation support", "un iran_participation support"],
  },
  {
    why: "guard: a bare «سحب الدعوة» with no invitation to Iran told of is no one's position on her",
    text: `${T}وجه الأمين العام للأمم المتحدة دعوة إلى المعارضة لحضور المؤتمر.\n\n«سحب الدعوة خطأ، لكنه ليس كارثة»، قال وزير الخارجية الروسي للصحافيين.`,
    expected: [],
  },
  {
    why: "her absence required in a threat («هدد الائتلاف بمقاطعة المؤتمر ما لم تسحب الدعوة») is the threatener's; the reporter holds none",
    text: `${T}دعا بان كي مون إيران إلى حضور المؤتمر. وقال وزير الخارجية الروسي إن الأمانة العامة تراجعت بعد أن هدد الائتلاف الوطني بمقاطعة المؤتمر ما لم تسحب الدعوة الموجهة إلى إيران.`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition iran_participation oppose",
      "un iran_participation support",
    ],
  },
  {
    why: "a solution keeping him judged a gift to the terrorists («سيكون هدية للإرهابيين») wants him gone",
    text: `${T}وقال وزير الخارجية الفرنسي إن أي حل يبقي الأسد في السلطة سيكون هدية للإرهابيين.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "a settlement keeping him judged the crisis made over («إعادة إنتاج للأزمة») wants him gone",
    text: `${T}وقال وزير الخارجية القطري إن أي تسوية تبقي على الأسد ستكون إعادة إنتاج للأزمة.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "a solution judged an illusion with him there («وهم في ظل بقاء الأسد») wants him gone; «في ظل» is no verb of remaining",
    text: `${T}وقال وزير الخارجية السعودي إن الحل السياسي وهم في ظل بقاء الأسد.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: a government under him («حكومة وحدة وطنية في ظل الأسد») wanted is his staying",
    text: `${T}وقال وزير الخارجية السوري إن دمشق تريد حكومة وحدة وطنية في ظل الأسد.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "guard: a solution said possible with him there («الحل ممكن في ظل بقاء الأسد») keeps him",
    text: `${T}وقال وزير الخارجية الروسي إن الحل ممكن في ظل بقاء الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "his staying allowed on the proviso that he be no part of Syria's future gives both labels",
    text: `${T}وقال وزير الخارجية البريطاني إن لندن لا تمانع بقاء الأسد في المرحلة الانتقالية، شريطة ألا يكون جزءا من مستقبل سوريا.`,
    expected: ["uk assad_role may_stay", "uk assad_role must_go"],
  },
  {
    why: "what others are heard to say («نسمع أحياناً أن …») is no one's; the speaker holds none of it",
    text: `${T}وقال وزير الخارجية الروسي: نسمع أحيانا أن على الرئيس الأسد أن يرحل قبل بدء أي عملية انتقالية.`,
    expected: [],
  },
  {
    why: "guard: a party named in what is heard («نسمع أن الائتلاف يطالب …») holds it",
    text: `${T}وقال وزير الخارجية الروسي: نسمع أحيانا أن الائتلاف يطالب برحيل الأسد قبل المفاوضات.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«هناك من يقول إن …» reports unnamed others; the speaker holds none of it",
    text: `${T}وقال وزير الخارجية الروسي: هناك من يقول إن الخطوة الأولى يجب أن تكون رحيل الرئيس الأسد.`,
    expected: [],
  },
  {
    why: "the accused of setting impossible conditions («اتهم … الوفد بوضع شروط تعجيزية») holds them; the accuser rejects them",
    text: `${T}واتهم بشار الجعفري وفد الهيئة العليا للمفاوضات بوضع شروط تعجيزية لإفشال المفاوضات.`,
    expected: ["hnc geneva2_preconditions conditional", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "the names after «، وكذلك تفعل» ending the sentence share the position before",
    text: `${T}وقال وزير الخارجية السعودي إن المملكة تطالب برحيل الأسد، وكذلك تفعل قطر وتركيا.`,
    expected: ["qatar assad_role must_go", "saudi_arabia assad_role must_go", "turkey assad_role must_go"],
  },
  {
    why: "guard: after a position on Iran's taking part, «وكذلك X وY» goes on listing who is to take part",
    text: `${T}وقال وزير الخارجية الروسي إن كل من له تأثير يجب أن يكون حاضرا في جنيف، وإيران في مقدمة هؤلاء، وكذلك السعودية وقطر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وهو موقف تشاركها فيه قطر وتركيا» shares the position before",
    text: `${T}وتطالب السعودية برحيل الأسد، وهو موقف تشاركها فيه قطر وتركيا.`,
    expected: ["qatar assad_role must_go", "saudi_arabia assad_role must_go", "turkey assad_role must_go"],
  },
  {
    why: "the counterpart by office and nationality («ونظيره البريطاني») is the United Kingdom, joined to the subject",
    text: `${T}وأكد وزير الخارجية الفرنسي ونظيره البريطاني أن الأسد لا يمكن أن يكون جزءا من المرحلة الانتقالية.`,
    expected: ["france assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: "guard: the counterpart received («وقال خلال استقباله نظيره البريطاني إن …») does not speak",
    text: `${T}وجدد وزير الخارجية السعودي موقف المملكة، وقال خلال استقباله نظيره البريطاني إن لا مكان لبشار الأسد في مستقبل سوريا.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "one met in the speaker's own meeting («وقال خلال لقائه لافروف إن …») is not the subject of what he says",
    text: `${T}وجدد وزير الخارجية السعودي موقف المملكة، وقال خلال لقائه لافروف إن لا مكان لبشار الأسد في مستقبل سوريا.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: an agreement on something else in a clause before the cue («اتفق مع نظيره الأمريكي على اللقاء،») gives the partner nothing",
    text: `${T}وأعلن وزير الخارجية الروسي أنه اتفق مع نظيره الأمريكي على اللقاء قريبا، لافتا إلى أن الأولوية هي لمحاربة الإرهاب وليس لتنحية الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: a capital named in what is heard («نسمع أن الرياض تطالب …») is its state's, which holds it",
    text: `${T}وقال وزير الخارجية الروسي: نسمع أن الرياض تطالب برحيل الأسد قبل المفاوضات.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: what follows «، وكذلك» that is no name («كل رموز النظام») goes on with the object, not the holders",
    text: `${T}وقال رئيس الائتلاف إن الأسد يجب أن يرحل، وكذلك كل رموز النظام.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: an aside between the partner and the object of the agreement («اتفق مع لافروف، خلال اللقاء، على …») keeps the partner",
    text: `${T}وقال وزير الخارجية الإيراني إنه اتفق مع لافروف، خلال اللقاء، على ضرورة مشاركة إيران في المؤتمر.`,
    expected: ["iran iran_participation support", "russia iran_participation support"],
  },
  {
    why: "the proviso without a comma («على أن لا يكون له دور في مستقبل سوريا») is a clause of its own: both labels",
    text: `${T}وقال وزير الخارجية الروسي إن روسيا لا تمانع بقاء الأسد لفترة محدودة على أن لا يكون له دور في مستقبل سوريا.`,
    expected: ["russia assad_role may_stay", "russia assad_role must_go"],
  },
  {
    why: "the accused of setting conditions («اتهم الجعفري وفد الهيئة العليا بوضع شروط مسبقة») holds them, not the accuser",
    text: `${T}واتهم بشار الجعفري وفد الهيئة العليا للمفاوضات بوضع شروط مسبقة.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "an attempt charged («بمحاولة فرض شروط مسبقة») is the accused's condition, not a rejection read for him",
    text: `${T}واتهم بشار الجعفري وفد الهيئة العليا للمفاوضات بمحاولة فرض شروط مسبقة.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "the accused no party («اتهم لافروف الغرب بوضع شروط») leaves the conditions no one's; the accuser holds none",
    text: `${T}واتهم وزير الخارجية الروسي الغرب بوضع شروط مسبقة على المفاوضات.`,
    expected: [],
  },
  {
    why: "her taking part refused while her forces fight («وقواتها تقاتل إلى جانب النظام») is conditional, not oppose",
    text: `${T}وقال وزير الخارجية السعودي إن إيران لا يمكن أن تجلس إلى طاولة السلام وقواتها تقاتل إلى جانب النظام.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "guard: a part in the settlement refused while her forces fight, her invitation's withdrawal welcomed, stays oppose",
    text: `${T}ورحبت السعودية بسحب الدعوة، معتبرة أن إيران لا يمكن أن تكون جزءا من الحل وقواتها تقاتل على الأرض السورية.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "a conference without her judged meaningless («مؤتمراً بلا إيران مؤتمر بلا معنى») wants her there",
    text: `${T}وقال الأمين العام لحزب الله إن مؤتمرا بلا إيران مؤتمر بلا معنى.`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "the conference named definite, without her, judged stillborn («ولد ميتاً») wants her there",
    text: `${T}وقال رئيس مجلس الشورى الإيراني إن مؤتمر جنيف من دون إيران ولد ميتا.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "his not being there in Syria's future («لن يكون هناك بشار الأسد في مستقبل سوريا») is his going",
    text: `${T}وقال وزير الخارجية السعودي: لن يكون هناك بشار الأسد في مستقبل سوريا.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "no solution without him («لن يكون هناك حل في سوريا دون الأسد») keeps him, not the government-without-him reading",
    text: `${T}وقال وزير الخارجية الروسي إنه لن يكون هناك حل في سوريا دون الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: no solution without his going («لا حل دون رحيل الأسد») is his going",
    text: `${T}وقال وزير الخارجية السعودي: لا حل دون رحيل الأسد.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "the invitation in a decision welcomed («بقرار الأمين العام سحب الدعوة التي وجهها») is the decision maker's, not the welcomer's",
    text: `${T}ورحبت الرياض بقرار الأمين العام سحب الدعوة التي وجهها إلى إيران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "going back on the invitation, the subject between («تراجع الأمين العام للأمم المتحدة عن دعوة إيران»), is its withdrawal",
    text: `${T}وتراجع الأمين العام للأمم المتحدة عن دعوة إيران.`,
    expected: ["un iran_participation oppose"],
  },
  {
    why: "the counterpart met («التقى كيري نظيره الروسي») is the object; the verb joined after is the subject's",
    text: `${T}والتقى وزير الخارجية الأمريكي جون كيري نظيره الروسي وأكد أن إيران يجب أن تشارك في المؤتمر.`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "one met named right after the subject («والتقى كيري لافروف وأكد …») is not the subject of the verb joined after",
    text: `${T}والتقى كيري لافروف وأكد أن إيران يجب أن تشارك في المؤتمر.`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "guard: what is agreed («اتفق مع لافروف على أن …، وأن …») goes on past the comma; the partner holds it",
    text: `${T}وقال كيري إنه اتفق مع لافروف على أن يعقد المؤتمر في موعده، وأن رحيل الأسد ليس شرطا مسبقا.`,
    expected: [
      "russia assad_role may_stay",
      "russia geneva2_preconditions unconditional",
      "usa assad_role may_stay",
      "usa geneva2_preconditions unconditional",
    ],
  },
  {
    why: "guard: her forces named with an adverb («وقواتها في سوريا تحديداً») is no clause of state; the refusal stays oppose",
    text: `${T}وترفض السعودية مشاركة إيران وقواتها في سوريا تحديدا.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: him in the next stage with a predicate after it («لن يكون الأسد في المرحلة المقبلة أقوى») is not his going",
    text: `${T}وقالت المعارضة إنه لن يكون الأسد في المرحلة المقبلة أقوى مما هو عليه.`,
    expected: [],
  },
  {
    why: "«لا يمكن أن يكون هناك حل دون الأسد» keeps him («أن» among the words before the solution)",
    text: `${T}وقال وزير الخارجية الروسي إنه لا يمكن أن يكون هناك حل دون الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«وكذلك فعلت بريطانيا» after a position shares it, on Iran's taking part too",
    text: `${T}ورحبت فرنسا بمشاركة إيران في المؤتمر، وكذلك فعلت بريطانيا.`,
    expected: ["france iran_participation support", "uk iran_participation support"],
  },
  {
    why: "a denied posing with a long subject («ولم يطرح الائتلاف الوطني السوري المعارض رحيل الأسد كشرط») says nothing of his staying",
    text: `${T}ولم يطرح الائتلاف الوطني السوري المعارض رحيل الأسد كشرط هذه المرة.`,
    expected: [],
  },
  {
    why: "guard: after a bare «، وكذلك» a list with no word honouring it («وكذلك حزب الله وإيران») may go on with those to go",
    text: `${T}ويطالب الائتلاف برحيل الأسد، وكذلك حزب الله وإيران.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: a list after «وكذلك فعلت» whose last name opens a clause of its own («وروسيا ترفض …») keeps the first name only",
    text: `${T}وتطالب فرنسا برحيل الأسد، وكذلك فعلت بريطانيا وروسيا ترفض هذا المطلب.`,
    expected: ["france assad_role must_go", "russia assad_role may_stay", "uk assad_role may_stay", "uk assad_role must_go"],
  },
  {
    why: "guard: a plural participle after the agreement's object («اتفق … على وفد مشترك، مطالبين …») keeps the partner",
    text: `${T}واتفق الائتلاف مع هيئة التنسيق على وفد مشترك، مطالبين برحيل الأسد.`,
    expected: ["national_coalition assad_role must_go", "ncb assad_role must_go"],
  },
  {
    why: "guard: the hearsay ends at a comma; the speaker's own words after it stand («…، وهذا موقف الأمم المتحدة أيضاً»)",
    text: `${T}وقال الإبراهيمي إن هناك من يرى أن المؤتمر يجب أن يعقد دون شروط، وهذا موقف الأمم المتحدة أيضا.`,
    expected: [],
  },
  {
    why: "guard: an accusation rejected, its verbal noun before the name («رفض … اتهام النظام بوضع شروط»), gives the named nothing",
    text: `${T}ورفض الائتلاف اتهام النظام بوضع شروط مسبقة، مؤكدا أنه يطالب فقط بتطبيق بيان جنيف.`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "the counterpart met in the speaker's own meeting («وقال الوزير خلال لقائه نظيره الروسي إن …») does not hold what he says",
    text: `${T}وقال وزير الخارجية السعودي، خلال لقائه نظيره الروسي، إن الأسد يجب أن يرحل.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: a negated government without him («لا حكومة انتقالية لا يشارك فيها الأسد») keeps him, the solution words aside",
    text: `${T}وقال وزير الخارجية السوري إنه لا حكومة انتقالية لا يشارك فيها الرئيس الأسد.`,
    expected: ["syrian_government assad_role may_stay"],
  },
];

caseTable("kinds of the forty-fourth probe", CASES);
