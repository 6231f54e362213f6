// Rows of interviews as the press prints them, for the kinds the thirty-third probe's interview round showed: the one
// interviewed named in a body headline under a dateline, or by his office in a ministry, or presented as speaking «إلى
// "الحياة"»; a dashed interview whose question is a statement put to him, not a line ending in a question mark; a red
// line someone crossed is no red line about him; TEV-DEM is one of the Kurdish parties.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "a dateline took the title; the body headline «ديبلوماسي فرنسي رفيع: …» names the one answering",
    text: [
      'باريس - "مونت كارلو" - 19 حزيران 2013',
      "ديبلوماسي فرنسي رفيع: لا مكان لإيران في جنيف 2",
      "أجرت الحوار: سلمى بن عمار",
      "التقينا جان بيار لوفيفر، مدير دائرة الشرق الأوسط في وزارة الخارجية الفرنسية، في مكتبه.",
      "س: أين وصل التحضير لجنيف 2؟",
      "ج: بالنسبة إلينا، الأسد لا يمكن أن يكون جزءاً من الحل، وهذا لن يتغير.",
    ].join("\n\n"),
    expected: ["france assad_role must_go"],
  },
  {
    why: "«تحدث فلاديمير سافونوف، … في وزارة الخارجية الروسية، إلى «الحياة»»; a statement put to him is the question",
    text: [
      'موسكو - "الحياة" - 6 شباط 2014',
      'بين الجولتين، تحدث فلاديمير سافونوف، نائب مدير إدارة الشرق الأوسط في وزارة الخارجية الروسية، الى "الحياة" عن تقييم موسكو.',
      "- كيف تقيّمون الجولة الأولى؟",
      "- مجرد جلوس الوفدين في قاعة واحدة إنجاز.",
      "- المعارضة تقول إن وفد الحكومة يريد حصر النقاش بالإرهاب.",
      "- نحن قلنا ونكرر: يجب أن تستمر المفاوضات دون شروط مسبقة من أي طرف.",
    ].join("\n\n"),
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«هذا خط أحمر تجاوزه النظام»: a red line the regime crossed, nothing said of his role",
    text: "جنيف 2: مواقف\n\nوقال فابيوس إن استخدام السلاح الكيميائي خط أحمر تجاوزه النظام.",
    expected: [],
  },
  {
    why: "«الأسد خط أحمر لا يمكن تجاوزه»: he is the red line, which no one may cross",
    text: "جنيف 2: مواقف\n\nوقال ولايتي إن الرئيس الأسد خط أحمر لا يمكن تجاوزه.",
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«شيرزاد حسو، عضو الهيئة التنفيذية لحركة المجتمع الديمقراطي»: TEV-DEM, a Kurdish party",
    text: "جنيف 2: مواقف\n\nوقال شيرزاد حسو، عضو الهيئة التنفيذية لحركة المجتمع الديمقراطي، إن مصير الأسد ليس أولويتنا.",
    expected: ["kurdish_groups assad_role neutral"],
  },
];

caseTable("Thirty-third probe: interviews and their speakers", CASES);
