import { foldedSet } from './fold';

/** Time words that may sit between a verb and its subject (وقال أمس الوزير …). */
export const TIME_WORDS = foldedSet(`أمس اليوم الليلة مساء صباح ظهر يوم الاثنين الثلاثاء الأربعاء
  الخميس الجمعة السبت الأحد مساءً صباحاً أمسية ليلة فجر عصر الماضي الفائت الحالي الجاري
  لاحقا سابقا مؤخرا حاليا آنذاك حينذاك وقتئذ عندئذ حينئذ يومئذ حينها وقتها يومها
  سنوات سنين أعوام أشهر شهور أسابيع عقود ساعات دقائق`);

/**
 * The months, Egyptian and Gulf names and the Levantine ones (كانون and تشرين open two
 * each): في مارس الماضي is when, never where, so never a part of a body's name.
 */
export const MONTHS = foldedSet(`يناير فبراير مارس أبريل إبريل ابريل مايو يونيو يونيه يوليو يوليه
  أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين`);

/**
 * Function words and frequent words that are never part of a person's name: particles,
 * prepositions, pronouns, adverbs, and the masdars that follow reporting verbs as objects
 * (أكد ضرورة …). A name ends at the first of them.
 */
export const FUNCTION_WORDS = foldedSet(`
  قد فقد وقد لقد فإن وإن فان أن إن أنه إنه أنها إنها أنهم إنهم أننا إننا أني إني بأن بأنه بأنها بأنهم لأن كأن لكن لكنه
  ولكن غير إلا أما إذا إذ لو لولا كي حتى ثم أو أم بل لا لم لن ما ماذا متى كيف أين هل قد
  لقد سوف هو هي هم هن نحن أنا أنت هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين اللاتي
  في من على إلى الى عن مع عبر خلال بعد قبل عند لدى حول ضد نحو منذ أمام خلف بين دون تجاه
  وسط عقب إثر فوق تحت داخل خارج ضمن لدى بشأن حيال جراء بسبب رغم عبر لصالح إزاء
  أيضا كذلك مجددا مرة رسميا صراحة بوضوح فقط جدا تماما حاليا بدوره بدورها بدورهم
  ضرورة أهمية استعداد رفض دعم التزام حرص عزم نية تمسك موقف وجود عدم استمرار أنباء أي أية
  تصريحات تصريح بيان كلمة خطاب رسالة مقابلة حديث لقاء مؤتمر اجتماع جلسة ندوة تغريدة
  منشور تدوينة تقرير دراسة تعليق رد سؤال جواب نشرة
  عليه عليها لها له لهم منه منها فيه فيها عنه عنها إليه إليها به بها لنا لكم لك لهن
  نفسه نفسها ذاته ذاتها كل بعض جميع عدة عدد أكثر أقل نحو قرابة حوالي
  يوم شهر أسبوع ساعة وقت دقيقة سنة فيما بينما كما عندما حين حينما وفيما وبينما وكما
  اسمه اسمها هويته هويتها مستوى كافة كافه عقوبة عقوبات قانون دستور أول بما مما عما ممن عمن بمن لمن عشر
  عشرة مثل فعل ردة ردود شهادة شهادات إفادة إفادات أقوال اعترافات شبه`);

/**
 * Nouns that put a quoted span's words under a name, not a statement: a work, a campaign,
 * an outlet (رواية "…"، حملة "…"، تحت شعار "…"، لصحيفة "…"). Compared without the
 * article, a prefix (ل، ب، و، ف، ك) and a possessive suffix.
 */
export const TITLE_NOUNS = foldedSet(`
  رواية روايات ديوان دواوين كتاب كتب فيلم أفلام مسلسل مسلسلات مسرحية مسرحيات أغنية أغاني
  ألبوم قصيدة قصيدته قصة مجموعة معرض مهرجان شعار شعارات حملة مشروع برنامج مبادرة مؤتمر
  منتدى ملتقى عملية خطة استراتيجية إستراتيجية قانون اتفاقية اتفاق وثيقة إعلان اسم عنوان
  بعنوان قناة صحيفة جريدة وكالة موقع مجلة شبكة منصة حزب حركة منظمة جمعية مؤسسة شركة جماعة
  تحالف ائتلاف قائمة جائزة مسابقة بطولة دورة ندوة ورشة معركة عرض لوحة تطبيق منصة صندوق
  مجلس هيئة تيار كتلة فرقة نادي مركز مسار محور ميثاق مبادئ مبدأ رؤية تقرير دراسة وسم هاشتاغ
  سفينة باخرة
  موسم مسمى نشيد مقطع سلسلة جزء فيديو مصطلح عبارة تسمية لقب شركات قضية
  إذاعة تلفزيون محطة مطعم فندق مقهى متجر مدرسة أكاديمية جامعة عبارات شريط أشرطة
  موسوعة موسوعات سيرة مذكرات أغنيات ألبومات فعاليات فعالية عمل أعمال مخطط نداء`);

/**
 * Places and bodies named right after their noun, without the article (بنك «الخليج الأول
 * للاستثمار»، دار "المحروسة للنشر"): with the article the noun is a subject (أن المستشفى
 * "تجاوز طاقته").
 */
export const INSTITUTION_NOUNS = foldedSet(`بنك مصرف دار متحف مكتبة مستشفى مشفى مصنع معهد كلية
  نقابة اتحاد رابطة مرصد مختبر مكتب علامة ماركة لعبة سفينة ناقلة`);

/** Bodies named right after their noun as written, without article or pronoun: فريق «…»، تحالف "…". */
export const BODY_NAME_NOUNS = foldedSet(`فريق تحالف ائتلاف حركة تيار جمعية
  تجمع منظمة مجموعة شبكة منصة مبادرة صفحة`);

/** Words that name a work or call it something right before its quoted title. */
export const NAMING_WORDS = foldedSet(`بعنوان عنوان اسم باسم شعار تسمية يسمى تسمى سمي سميت المسمى
  المسماة المعنون المعنونة الموسوم الموسومة الملقب الملقبة يحمل تحمل حملت حمل وسم عنوانه
  اسمه اسمها عنوانها يعرف تعرف يطلق تطلق المعروف المعروفة سماه سمته سماها سمتها يسميه تسميه
  يسميها تسميها يسمونه يسمونها`);

/**
 * Nouns that follow a speaker's name as the verb's object (دعا فلان الدول إلى …، حمّل
 * فلان السياسات …), compared without the article: never a family name there.
 */
export const OBJECT_NOUNS = foldedSet(`دول مجتمع أطراف طرفين جميع مواطنين شعب جهات عالم قرار
  اتفاق وضع حكومات سياسات مسؤولية إدارة أمر ملف قضية مانحين شركاء فصائل جمهور حضور مشاركين
  لاعبين جماهير موظفين عمال طلاب أسر عائلات سكان ناخبين نواب وزراء إجراءات خطة مشروع
  حركة جلسة أزمة حرب فريقين منتخبين حلقة ندوة لقاء نقاش حوار فيلم أفلام رواية كتاب مسلسل
  مسرحية معرض عرض أداء تقرير نتائج مباراة موسم مقترح اقتراح صفقة خطوة تجربة مبادرة تأشيرة حكم
  بطاقة راحل فقيد صورة فرضيات فرضية وصف دور رؤية قراءة انتقادات تحذيرات اتهامات مطالب
  مخاوف شروط أسباب حصيلة غياب مشهد ضيف ضيفة ضيوف متصل متصلة مستمعين مشاهدين خسارة خسائر
  أرباح نمو تراجع زيادة رفع خفض تعرفة رسوم حلفاء زعماء نظراء سلطات سلسلة ورقة لافتة
  رسالة كلمة نسخة مقطع تسجيل وثيقة فيديو منشور مصنع مكاتب محلات خوض رد هجوم هجمات تفجير
  اعتداء`);

/**
 * What a champion breaks, reaches or wins (حطمت فلانة الرقم القياسي، بلغت فلانة الدور ربع
 * النهائي), compared without the article: never a family name, even after one given name.
 */
export const RECORD_OBJECTS = foldedSet(`رقم أرقام دور لقب ألقاب ميدالية ميداليات كأس بطولة
  جائزة جوائز صدارة مرتبة`);

/** A speaker's own words as the verb's object (ختم فلان تصريحاته بالقول): never a name. */
/** ثانية، ثالثاً، أخيراً: the place someone came in, right after their name (حلت فلانة ثانية). */
export const PLACES_CAME_IN = foldedSet(
  'أولا أولى ثانيا ثانية ثالثا ثالثة رابعا رابعة خامسا خامسة أخيرا',
);

export const SPEECH_OBJECTS = foldedSet(`تصريحاته تصريحاتها حديثه حديثها كلمته كلمتها مداخلته
  مداخلتها رسالته رسالتها تغريدته تغريدتها بيانه بيانها مؤتمره مؤتمرها رؤيته رؤيتها موقفه
  موقفها رأيه رأيها كلامه كلامها تحفظه تحفظها رفضه رفضها دعمه دعمها تأييده تأييدها قلقه
  قلقها أسفه أسفها ترحيبه ترحيبها`);

/** A nisba (العمري، الحسيني): the shape of many family names, and of adjectives. */
export function isNisba(folded: string): boolean {
  return /^(?:[وف])?ال[\u0621-\u064A]{2,}(?:ي|يه)$/u.test(folded);
}

/** Words that continue a given name: حسام الدين، سيف الإسلام، عبد الله، نور الهدى، جاد الرب، زين العابدين. */
export const NAME_CONTINUATIONS = foldedSet(
  'الدين الإسلام الله الرحمن الكريم الهدى الزهراء الختم البنات الرب العابدين الزمان اليزل',
);

/** Family names that look like titles: الحاج أحمد، الشيخ علي (after a given name). */
export const TITLE_FAMILIES = foldedSet('الحاج الشيخ السيد');

/**
 * Definite words that describe the noun before them (adjectives), as opposed to a new
 * noun phrase: nisbas (الروسي، الإقليمية), participles (المكلف، المتحدة), و-joined nouns
 * (والري), and a few frequent adjectives.
 */
const DEFINITE_ADJECTIVES =
  foldedSet(`العام العامة العاملة الأعلى الأول الأولى الخاص الخاصة الكبير الكبيرة
  الأسبق السابق السابقة الجديد الجديدة الحالي الحالية الأحمر الأخضر الأبيض الأسود الأزرق
  الدائم الدائمة الأكبر الأصغر الأوسط الأدنى الشرقي الغربي العليا الكبرى الوطني الوطنية
  الشاب الشابة الصغير الصغيرة الشهير الشهيرة المخضرم المخضرمة الواعد الواعدة الصاعد الصاعدة`);
/** Nouns of manner after ب (بنبرة، بصوت): how something was said, never a family name. */
export const MANNER_NOUNS = foldedSet(`نبرة صوت لهجة حزن حماس فخر غضب أسى مرارة ثقة هدوء حسرة
  ابتسامة حرقة انفعال تأثر صراحة وضوح حدة خجل حياء حنين دهشة استغراب سخرية عفوية تواضع
  فرنسية عربية إنجليزية أمازيغية دارجة عامية فصحى إسبانية جدية حزم صرامة ألم أمل حماسة
  إصرار انكسار قلق خوف عبارة عبارات جملة كلمة كلمات شكل طريقة سرعة اقتضاب اختصار حذر تحفظ
  لطف حرص ارتياح امتعاض استياء تفاؤل تشاؤم رضا ضحكة مزاح دعابة يد عين عينين راس إصبع كف
  لغة لكنة حسم خط طلب`);
/** العاملة، الكبير: a listed adjective, though it is a role's word too (عاملة، كبير). */
export const isListedAdjective = (folded: string): boolean => DEFINITE_ADJECTIVES.has(folded);
export function isDefiniteAdjective(folded: string): boolean {
  return (
    isNisba(folded) ||
    /^ال[\u0621-\u064A]{2,}(?:يين|يون)$/u.test(folded) ||
    DEFINITE_ADJECTIVES.has(folded) ||
    /^(?:ال)م[\u0621-\u064A]{3,}$/u.test(folded) ||
    (folded.startsWith('وال') && folded.length > 4)
  );
}

/** Name parts that take the next word with them: عبد الله، أبو بكر، بن سلمان، آل ثاني. */
export const JOINERS = foldedSet('عبد أبو أبي أبا بن ابن بنت أم آل ولد ود منت ولت آيت أغ');
/** بن، بنت، ولد، منت، ولت، أغ: the words that join a father's name to a person's. */
export const FATHER_JOINERS = foldedSet('بن ابن بنت ولد منت ولت أغ');
