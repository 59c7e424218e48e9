import { expect, test } from 'vitest';
import { wordsOf } from '../text/words';
import { findQuoteSpans } from './spans';
import { isStatement } from './statements';

function judge(text: string): boolean {
  const [span] = findQuoteSpans(text);
  const before = wordsOf(text).filter((word) => word.end <= span.start);
  const after = wordsOf(text).find((word) => word.start >= span.end);
  return isStatement(span, text, before, after);
}

test.each([
  ['قال: "سنواصل العمل حتى النهاية"', true],
  // A short name right after a role's head noun is what the role is of; not after one with a
  // possessive, an adjective that also heads roles, or before a preposition.
  ['قال رئيس "التجمع اللبناني في مونتريال" إيلي خوري', false],
  ['وقالت مديرة «بيت الحكمة للدراسات» سلمى خليل', false],
  ['وقال إن موكله "نادم أشد الندم على ما فعل"', true],
  ['وإن الحديث عن أرباح كبيرة "غير دقيق ولا يستند إلى أرقام"', true],
  ['فإن الإدارة تتفاوض مع مدرب "من الطراز الأوروبي الحديث"', true],
  ['وأكد أن المشروع "أُنجز بكوادر وطنية تتجاوز نسبتها أربعين في المئة من إجمالي العاملين"', true],
  ['وجاء في البيان: "الوضع تحت السيطرة تماماً"', true],
  ['ووصف الهجوم بأنه "إرهابي"', false],
  ['ما وصفه بـ"الانتصار الكبير"', false],
  ['رواية "ظلال على جدار الذاكرة"', false],
  ['روايتها "ظلال على جدار الذاكرة"', false],
  ['حملة وطنية "معاً من أجل مياه نظيفة"', false],
  ['تحت شعار "لا للغلاء لا للفساد"', false],
  ['لصحيفة "الشرق الأوسط اللندنية اليوم"', false],
  ['بعنوان "الطريق إلى البحر الأحمر"', false],
  ['مشروع "حماية السواحل من الصيد غير المشروع"', false],
  ['ونقلت عن موقع "window.alert(1) and more" شيئا', false],
  // A work with a possessive whose noun starts with ف, an adjective between, a bank's name.
  ['عن فيلمه «حكايات من بحر الشمال» الذي', false],
  ['أطلقت كتابها الأخير "أيام في مدينة الملح"', false],
  ['يعمل في مصرف "الائتمان الزراعي والتعاوني"', false],
  ['نقلت "وكالة الأنباء الرسمية" عن الوزير', false],
  // With the article, the same nouns are subjects of partial quotes.
  ['وأكد أن المستشفى "استقبل مئات الجرحى منذ الصباح"', true],
  ['وقال إن الفيلم المقبل "سيتناول قضايا الهجرة والمنفى في أوروبا الجنوبية"', true],
  ['ونقلت "الحرب لن تنتهي قريباً" لافتةٌ رفعها المحتجون', true],
  // After إن/أن a noun with a possessive is the subject of a partial quote.
  ['وقالت إن وكالتها "تحتاج إلى ممرات آمنة ودائمة"', true],
  ['وأكد أن حزبه "لن يشارك في الحكومة المقبلة"', true],
  ['ويذكر أن مسرحية "حكاية من زمن آخر" عرضت', false],
  // A long name after a feminine noun (حملة folds to حمله: no possessive), a plan, an appeal.
  ['أطلقت المنظمة حملة "الطريق ليس آمناً: فكّر قبل أن تغادر" في دول القرن', false],
  ['وذلك في إطار مخطط "سقي ذكي لفلاحة صامدة"', false],
  ['ضمن نداء "الاستجابة العاجلة للجراد الصحراوي"، كتب', false],
  // Two adjectives between a work and its name; the best known of someone's works, two of
  // them joined by و.
  ['فاز الفيلم الوثائقي السوداني "ما تبقى من الخرطوم" بالجائزة', false],
  // Not after a noun and a preposition, nor a long reason after أبرزها.
  ['يضع لقب البطولة الخليجية للأندية "في مقدمة الأولويات هذا الموسم"', true],
  ['وأرجعت ذلك إلى عوامل عدة، أبرزها "تغير نظرة الأسر إلى عمل المرأة في المجالات الهندسية"', true],
  // A long text written on a wall is someone's words.
  ['وكُتبت على الجدار عبارة "لا رواتب، لا دوام، لا صمت بعد اليوم"', true],
  // A quote that closes a clause opened by أن is its predicate, whatever noun comes before
  // it; not a work's name, which opens with no verb, nor a name inside the clause.
  ['أفادت الوزارة بأن نسبة الإقبال على عروض هذه الدورة "فاقت 85 في المائة"، معتبرة', true],
  ['وقال إن الدورة المقبلة «ستكون نسائية بامتياز»، مضيفاً', true],
  ['معتبرة أن شركات الأدوية «نجحت في تخفيف التزاماتها إلى الحد الأدنى».', true],
  ['وأكدت أن روايتها الجديدة "نوافذ على شارع السلط"، الصادرة عن دار الآداب', false],
  ['قبل أن تقدّم أغاني ألبومها الجديد "رسائل لم تصل بعد"، إضافة إلى', false],
  ['أعلن أن الدورة «ربيع الفنون في المدينة» ستنطلق غداً', false],
  ['أكد أن فيلم «ذهب مع الريح إلى الأبد».', false],
  // What someone calls a thing is its name: ما سمته «…»، ما تسميه طوكيو «…».
  ['وكانت الحكومة قد أعلنت ضمن برنامج عملها ما سمته «إعادة هندسة بيئة العمل الحكومي»', false],
  ['مشروع القانون المعروف إعلامياً بـ"قانون الإيجار القديم"، وسط حضور', false],
  // After a noun and its adjective, a clause that opens with قد، لن، كان says something of it.
  ['حذرت وزارة الموارد المائية من موسم صيفي "قد يكون الأصعب منذ ما يقارب قرناً"، في ظل', true],
  ['فاز الفيلم الوثائقي السوداني "بيوت تنام على ضفة النيل" بالجائزة', false],
  // A body's noun and a name that makes no clause is the body's name.
  ['أعلن "حراك المعلمين الموحد" في الضفة الغربية الإضراب', false],
  ['وقالت في حديث إلى "الوكالة الوطنية للإعلام" إن الإضراب مستمر', false],
  ['في القضية التي عُرفت إعلامياً بـ"قضية البورصة الوهمية".', false],
  ['ورفع المشجعون لافتة «المنتخب ملك الشعب وليس ملك المدرب»', true],
  ['وقالت إن "المجموعة جاهزة بدنياً وذهنياً" للمباراة', true],
  // نادية is a woman's name, not نادي "club" with its ة.
  ['وقال شقيقها عادل الفيتوري إن نادية “بصحة جيدة لكنها متعبة نفسياً”.', true],
  ['وأطلقت الوزارة حملة توعية باسم «نظافتك تحمي حياتك» في المدارس', false],
])('%s → statement: %s', (text, expected) => {
  expect(judge(text)).toBe(expected);
});

test.each([
  // A body's, a document's or a gathering's name: nouns in construct that end on the
  // article, ل and a noun, adjectives with the article, a year.
  ['وطالبت "جمعية ضحايا حوادث السير" في بيان بفتح تحقيق', false],
  ['اعتبر الكاتب العام لـ"الجامعة الوطنية لمهنيي النقل الطرقي"، مصطفى الوزاني، أن', false],
  ['أعلنت الهيئة اعتماد تعديلات على "اللائحة التنفيذية لحماية حقوق المسافرين"، ترفع', false],
  ['على هامش "منتدى مستقبل الطيران 2025" المنعقد في الرياض', false],
  ['وبحسب "التقرير السنوي للحوادث المرورية" الصادر عن المديرية', false],
  ['وكان الوزير قد أعلن تشكيل "لجنة عليا لإعادة هيكلة الناقل الوطني"، وقال', false],
  // A sentence: a definite subject and a predicate without the article, a verb, a particle;
  // a noun and a feminine adjective describe something and name nothing.
  ['وقال إن "الشركة الوطنية ضحية الفساد"', true],
  ['وأضاف: "الحكومة لن تتراجع عن القرار"', true],
  ['ووصفها بأنها "حكومة منتهية الصلاحية"', true],
  ['ودعا إلى "خطة واضحة للنمو"', true],
  ['وقال: "جمعية الصيادين تحمي البحر"', true],
])('a quoted name of a body, a document or a gathering is no statement: %s', (text, expected) => {
  expect(judge(text)).toBe(expected);
});

test.each([
  ['وأصدر في المنفى أبرز مؤلفاته، ومنها «حدائق لا يزورها أحد» و«ما تركه النهر خلفه»', false],
  ['وكتبت عشرات الروايات، ومن بينها "امرأة على حافة الصحراء"', false],
  // (Among other things, not works: a statement.)
  ['وقدم مقترحات كثيرة، ومنها أن "الحكومة يجب أن تراجع الضرائب فوراً"', true],
])('after "among them" and someone’s works, a quote is one work’s name: %s', (text, expected) => {
  expect(judge(text)).toBe(expected);
});
