import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseDocument } from '../parse/document';
import { extractQuotes } from './extract';
import { findQuoteSpans } from './spans';

const real = parseDocument(
  readFileSync(new URL('../../content/000_e8dd7afff7bd6bee.txt', import.meta.url), 'utf8'),
);
if (!real.ok) throw new Error('the real document must parse');
const texts = (paragraphs: { text: string }[]) => paragraphs.map((p) => p.text);

test('the real page story: five quotes, all Sergey Lavrov, with his role', () => {
  const { page } = real.data;
  const quotes = extractQuotes(texts(page.paragraphs), page.title);
  expect(quotes).toHaveLength(5);
  for (const quote of quotes) {
    expect(quote.speaker).toBe('سيرغي لافروف');
    expect(quote.role).toBe('وزير الخارجية الروسي');
  }
  expect(quotes.map((q) => q.paragraph)).toEqual([0, 1, 2, 3, 4]);
  expect(quotes[0].text.startsWith('إذا أرادت واشنطن')).toBe(true);
});

test('the real embedded story: four quotes by Dmitry Peskov, "فوكس نيوز" is a name', () => {
  const story = real.data.embedded[0];
  const quotes = extractQuotes(texts(story.paragraphs), story.title);
  expect(quotes.map((q) => q.speaker)).toEqual(Array(4).fill('دميتري بيسكوف'));
  expect(quotes[0].role).toBe('المتحدث باسم الكرملين');
  expect(quotes.some((q) => q.text.includes('فوكس'))).toBe(false);
  expect(quotes[3].text).toBe('على القيادة المقبلة للولايات المتحدة');
});

test('offsets point at the marks in the paragraph', () => {
  const paragraph = 'وقال الوزير أحمد سالم: «الوضع مستقر تماما الآن».';
  const [quote] = extractQuotes([paragraph]);
  expect(paragraph.slice(quote.start, quote.end)).toBe('«الوضع مستقر تماما الآن»');
  expect(quote.text).toBe('الوضع مستقر تماما الآن');
});

test.each([
  [
    'colon and guillemets',
    ['وقال وزير المالية خالد العمري: «الميزانية ستعلن قريبا جدا».'],
    ['خالد العمري'],
  ],
  [
    'curly quotes',
    ['وقال وزير المالية خالد العمري: “الميزانية ستعلن قريبا جدا”.'],
    ['خالد العمري'],
  ],
  [
    'reversed curly quotes',
    ['وقال وزير المالية خالد العمري: ”الميزانية ستعلن قريبا جدا“.'],
    ['خالد العمري'],
  ],
  [
    'reversed guillemets',
    ['وقال وزير المالية خالد العمري: »الميزانية ستعلن قريبا جدا«.'],
    ['خالد العمري'],
  ],
  [
    'quote before its speaker',
    ['"سنواصل العمل حتى النهاية"، قالت الناشطة سلمى منصور.'],
    ['سلمى منصور'],
  ],
  [
    'quote before, with بحسب',
    ['"الأسعار سترتفع في الربيع"، بحسب الخبير كريم حداد.'],
    ['كريم حداد'],
  ],
  ['partial quote after إلى أن', ['وأشارت منصور إلى أن "الحكومة لم تف بوعودها بعد".'], ['منصور']],
  [
    'feminine verb and role',
    ['وقالت وزيرة الصحة ليلى حسن إن "اللقاحات متوفرة للجميع الآن".'],
    ['ليلى حسن'],
  ],
  [
    'surname later links to the full name',
    ['أكد رئيس الوزراء عمر الخطيب أن الخطة جاهزة.', 'وقال الخطيب: "سنبدأ التنفيذ الشهر المقبل".'],
    ['عمر الخطيب'],
  ],
  [
    'a verb without a name carries the speaker on',
    [
      'وقال سمير نادر: "الاتفاق صامد حتى الآن".',
      'وأضاف: "لن نتراجع عن أي بند فيه".',
      'وأوضح أنه "لا توجد خروقات تذكر".',
    ],
    ['سمير نادر', 'سمير نادر', 'سمير نادر'],
  ],
  [
    'participle carries the subject',
    ['أعلن الوزير باسل عيسى عن الخطة، مؤكداً أن "التنفيذ سيبدأ فورا دون تأخير".'],
    ['باسل عيسى'],
  ],
  [
    'present tense verb',
    ['ويقول المحلل فادي يوسف: "السوق تنتظر قرار البنك المركزي".'],
    ['فادي يوسف'],
  ],
  [
    'time word between verb and name',
    ['وقال أمس وزير النقل جمال درويش: "الطريق سيفتح قريبا جدا".'],
    ['جمال درويش'],
  ],
  [
    'عبد with the article',
    ['وقال عبد الله الأحمد للصحافيين: "لا تعليق لدينا على ذلك".'],
    ['عبد الله الأحمد'],
  ],
  [
    'a role never named is no name',
    ['وقال المتحدث باسم الجيش: "العملية انتهت بنجاح تام".'],
    [null],
  ],
  ['بيّن with shadda is a verb', ['وبيّن سامي عوض أن "المشروع سينتهي العام المقبل".'], ['سامي عوض']],
  [
    'a quote that is the whole paragraph continues',
    ['قال كمال رضا إن الأمر مهم.', '"علينا أن نتحرك بسرعة الآن".'],
    ['كمال رضا'],
  ],
  [
    'a role running through a phrase in في',
    ['وأشارت الباحثة في علم الأوبئة هيلغا برانت إلى أن "النظام الصحي يواجه ضغطا كبيرا".'],
    ['هيلغا برانت'],
  ],
  [
    'a role running through a phrase in لل',
    ['وقال المدير الفني للنادي الأهلي بيير لوران: "نلعب من أجل الفوز فقط".'],
    ['بيير لوران'],
  ],
  [
    'a surname with the article closes the name',
    ['وقالت مديرة المركز الوطني للمناخ سعاد الكعبي: "التغير المناخي واقع نعيشه اليوم".'],
    ['سعاد الكعبي'],
  ],
  [
    'an organisation with an object after it',
    ['أكدت الحكومة ضرورة الحل السياسي، وهو ما يعني أن "الحوار هو الطريق الوحيد".'],
    ['الحكومة'],
  ],
  [
    'an organisation in the construct state',
    ['وأعلن مجلس الوزراء نتائج الاجتماع الأخير قائلا إن "القرارات ستنفذ فورا".'],
    ['مجلس الوزراء'],
  ],
  [
    'the body after باسم is part of the role',
    ['وقالت المتحدثة باسم منظمة أوبك أولغا سيمونوفا: "الإنتاج سيبقى مستقرا هذا العام".'],
    ['أولغا سيمونوفا'],
  ],
  [
    'a role joined by و',
    ['وقال وزير التربية والتعليم صلاح الدوري: "العام الدراسي يبدأ في موعده".'],
    ['صلاح الدوري'],
  ],
  [
    'an organisation does not take a name after a phrase',
    ['وحذرت منظمة الصحة العالمية من انتشار الأمراض المزمنة بين الشباب قائلة إن "الوضع مقلق جدا".'],
    ['منظمة الصحة العالمية'],
  ],
  [
    'a place after a bare role is not a name',
    ['وقال الوزير في العاصمة أستانا: "المحادثات كانت مثمرة للغاية".'],
    [null],
  ],
])('attribution: %s', (_case, paragraphs, speakers) => {
  expect(extractQuotes(paragraphs).map((q) => q.speaker)).toEqual(speakers);
});

test.each([
  [
    'بين "between" without shadda is no verb',
    'وفرقت الدراسة بين "الاقتصاد الرسمي وغير الرسمي في البلاد".',
  ],
  [
    'a quote in a sentence with no reporting words',
    'وكتب على اللافتة "الأرض لنا جميعا دون استثناء".',
  ],
])('no speaker: %s', (_case, paragraph) => {
  const quotes = extractQuotes([paragraph]);
  expect(quotes).toHaveLength(1);
  expect(quotes[0].speaker).toBeNull();
});

test.each([
  ['a channel name', 'أفادت "فوكس نيوز" بأن ترامب فاز.'],
  ['a one-word scare quote', 'ووصف الهجوم بأنه "إرهابي".'],
  ['a newspaper name of three words', 'ونشرت صحيفة "وول ستريت جورنال" تقريرا.'],
  ['an empty pair', 'قال "" ثم صمت.'],
  ['a Latin-only run', 'ونقلت عن موقع <img src="window.alert(1) and more"> شيئا.'],
  ['unbalanced marks', 'قال فلان: «هذا لن يحدث أبدا.'],
])('not a statement: %s', (_case, paragraph) => {
  expect(extractQuotes([paragraph])).toEqual([]);
});

test('nested quotes give one outer statement', () => {
  const quotes = extractQuotes(['وقال نبيل سعد: «أبلغناهم أن "الوقت قد حان" للحوار الجاد».']);
  expect(quotes).toHaveLength(1);
  expect(quotes[0].text).toContain('"الوقت قد حان"');
});

test('thousands of unbalanced marks are read in linear time', () => {
  const hostile =
    '«'.repeat(10_000) + ' قال سامر: "نص قصير هنا جدا" ' + '"'.repeat(10_001) + '“'.repeat(5000);
  expect(findQuoteSpans(hostile)).toHaveLength(1);
  const quotes = extractQuotes([hostile, 'كلمة '.repeat(40_000)]);
  expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['نص قصير هنا جدا', 'سامر']]);
});

// Constructions of issue 7, one sentence or story each, written for these tests.
test.each([
  [
    'the body in construct with a statement keeps its ل (بيان لجنة …)',
    ['ونقلاً عن بيان لجنة المسابقة، فإن الفيلم "يطرح أسئلة جريئة عن المدينة والذاكرة".'],
    ['لجنة المسابقة'],
  ],
  [
    "a definite given name right after a preposition's object is its adjective",
    ['وقال بائع في الحي العربي بالمدينة القديمة: "الزوار قلّوا كثيراً هذا الموسم".'],
    [null],
  ],
  [
    'a Maghreb family name with بو, after a role and a ل place in apposition',
    [
      'وقال رئيس المجلس البلدي لعين الترك، مراد بوشامة، إن "الأشغال ستنطلق الأسبوع المقبل في كل الأحياء".',
    ],
    ['مراد بوشامة'],
  ],
  [
    'أما … فقد: the word after the verb is its object',
    [
      'أما وزيرة الثقافة، هيفاء النجار، فقد دعت المثقفين إلى "المشاركة الواسعة في الحوار الوطني المقبل".',
    ],
    ['هيفاء النجار'],
  ],
  [
    'a name with حسب الله in it',
    ['وقال المدير العام للهيئة محمد عثمان حسب الله إن "المخزون يكفي لثلاثة أشهر على الأقل".'],
    ['محمد عثمان حسب الله'],
  ],
  [
    'a presenter in construct with an indefinite noun, then the name',
    ['وسألت مذيعة نشرة الظهيرة ريم السعدي ضيفها: "هل تتوقعون انخفاض الأسعار قريباً؟"'],
    ['ريم السعدي'],
  ],
  [
    'a word of manner after the verb is not the speaker',
    [
      'تقف سلوى الأحمد أمام متجرها الصغير في السوق القديم، وتقول ضاحكة: "الزبائن يعودون ببطء لكنهم يعودون".',
    ],
    ['سلوى الأحمد'],
  ],
  [
    'a participle after a sentence that opened with a verb of saying and its subject',
    [
      'نفى مدير الميناء ماجد الكبيسي ما نشرته صحف محلية عن توقف الرافعات، مؤكداً أن "العمل يسير بشكل طبيعي في كل الأرصفة".',
    ],
    ['ماجد الكبيسي'],
  ],
  [
    'a nationality and a name in apposition after a role that ends in a ل phrase',
    [
      'وقال المدرب الجديد لمنتخب الشباب لكرة اليد، الإسباني خوان مارتينيز، إن "اللاعبين يملكون موهبة كبيرة جداً".',
    ],
    ['خوان مارتينيز'],
  ],
  [
    "بلا inside a body's name",
    ['وقالت منظمة صحفيون بلا قيود في بيان إن "الصحفيين يعملون تحت تهديد دائم".'],
    ['منظمة صحفيون بلا قيود'],
  ],
  [
    'the subject of a partial quote after إن is not who speaks next',
    [
      'وقالت مديرة البرنامج هند العلي إن المستشفى "يحتاج إلى أجهزة تنفس إضافية"، وأضافت أن الوزارة "وعدت بإرسالها خلال أيام".',
    ],
    ['هند العلي', 'هند العلي'],
  ],
  [
    'a relative clause after the role, then the name between commas',
    ['وأعلنت الطبيبة التي تشرف على الحملة، هدى المصري، أن "التطعيم سيشمل كل المدارس".'],
    ['هدى المصري'],
  ],
  [
    'a sentence that opens with another verb and its subject, then a subjectless verb of saying',
    [
      'في المقابل، انتقد الوزير السابق، خالد الزعبي، أداء الحكومة في الملف، وقال للصحفيين: "الأرقام لا تكذب".',
    ],
    ['خالد الزعبي'],
  ],
  [
    'a role of one of several (في إحدى، في أحد) before the name',
    ['"الطلب تراجع بشدة"، قالت المحاسبة في إحدى شركات التأمين بعمّان رنا الخطيب.'],
    ['رنا الخطيب'],
  ],
  [
    'a word that is a body and a role, then a person in apposition',
    ['وقالت مؤسسة المبادرة، الناشطة سلمى حداد، إن "المتطوعين وصلوا إلى كل القرى".'],
    ['سلمى حداد'],
  ],
  [
    'a titled name in apposition after a place at the end of the role',
    [
      'وأفاد المتحدث باسم مديرية الأمن في ولاية عين تموشنت، الملازم الأول رضا بلقاسم، بأن "التحقيق متواصل مع الموقوفين".',
    ],
    ['رضا بلقاسم'],
  ],
  [
    "a surname, then the verb's complement with ب",
    [
      'وقال المدرب البرازيلي فابيو كارفاليو إن "الفريق تحسن كثيراً".',
      'وأشاد كارفاليو بمستوى الحارس الشاب، واصفاً إياه بأنه "موهبة تستحق الفرصة".',
    ],
    ['فابيو كارفاليو', 'فابيو كارفاليو'],
  ],
  [
    'an analyst met as كبيرة محللي …, later المحللة',
    [
      'وقالت كبيرة محللي الأسواق في البنك، الدكتورة ميس العلي، إن "الأسعار ستتراجع هذا الشتاء".',
      'وأضافت المحللة أن "الطلب الصيني هو المفتاح".',
    ],
    ['ميس العلي', 'ميس العلي'],
  ],
  [
    'a body, then where it said it (في نشرة، في حيثيات)',
    ['وقالت محكمة الاستئناف في حيثيات قرارها إن "الأدلة لم تكن كافية للإدانة".'],
    ['محكمة الاستئناف'],
  ],
  [
    'وفقاً لما قاله the role met before',
    [
      'وقال وزير النقل سامي الحسن إن "الطريق سيفتح قريباً".',
      'ووفقاً لما قاله الوزير، فإن "الأشغال ستنتهي قبل الشتاء".',
    ],
    ['سامي الحسن', 'سامي الحسن'],
  ],
  [
    'a role in construct state before the name',
    ['أكد نائب وزير خارجية فرنسا جان لوروا أن "باريس لن تغير موقفها من الاتفاق".'],
    ['جان لوروا'],
  ],
  [
    'a chamber of commerce',
    ['وقال رئيس غرفة تجارة عمّان خليل الحاج توفيق إن "الأسواق تعاني ركوداً غير مسبوق".'],
    ['خليل الحاج توفيق'],
  ],
  [
    'a role, a place, then the name',
    ['وقال ممثل منظمة الصحة العالمية في الأردن جان-بيير دوبوا إن "النظام الصحي صامد حتى الآن".'],
    ['جان-بيير دوبوا'],
  ],
  [
    'an inserted clause between role and name',
    ['وقال رئيس اللجنة، الذي تولى منصبه العام الماضي، سالم الكعبي إن "التقرير سيصدر خلال أيام".'],
    ['سالم الكعبي'],
  ],
  [
    'a name between commas after its role',
    ['وقالت المتحدثة باسم الوفد، نوال الزين، إن "الشرط محاولة مكشوفة لإفشال الوساطة".'],
    ['نوال الزين'],
  ],
  [
    'أما … فقد',
    ['أما وزير المالية أحمد سالم فقد صرّح بأن "العجز سيتراجع هذا العام".'],
    ['أحمد سالم'],
  ],
  [
    'كانت … قد',
    [
      'قالت الوزيرة ليلى الحسيني إن الخطة جاهزة.',
      'وكانت الحسيني قد قالت إن "التمويل مضمون بالكامل".',
    ],
    ['ليلى الحسيني'],
  ],
  [
    'غير أن',
    ['غير أن المحلل سامر العمري نبّه إلى أن "الأرقام لا تعكس الواقع كله".'],
    ['سامر العمري'],
  ],
  [
    'a surname later, and a feminine surname',
    [
      'وقال الخبير الاقتصادي سامر العمري إن "التضخم سيتراجع ببطء".',
      'وقالت الباحثة ريم الحسيني إن "الأسر تدفع الثمن الأكبر".',
      'وتساءل العمري: "من يتحمل كلفة الإصلاح؟".',
      'وأضافت الحسيني: "لا بد من شبكة أمان اجتماعي".',
    ],
    ['سامر العمري', 'ريم الحسيني', 'سامر العمري', 'ريم الحسيني'],
  ],
  [
    'a role alone resolves to the person introduced with it',
    [
      'وقال وزير الزراعة سمير الدباغ إن "الموسم سيكون جيداً".',
      'وأوضح الوزير أن "أسعار القمح ستبقى مستقرة".',
    ],
    ['سمير الدباغ', 'سمير الدباغ'],
  ],
  [
    'وفقاً لـ with a role and a name',
    ['ووفقاً لممثلة المنظمة في السودان ماريا لوبيز، فإن "الوضع الإنساني كارثي".'],
    ['ماريا لوبيز'],
  ],
  [
    'نقلت … عن … قوله',
    ['ونقلت الوكالة عن وزير النقل ماهر سليم قوله إن "الطريق سيفتح الشهر المقبل".'],
    ['ماهر سليم'],
  ],
  [
    'على لسان',
    ['وجاء على لسان المتحدث العسكري العقيد فارس النجار أن "القوات أحكمت سيطرتها على المدينة".'],
    ['فارس النجار'],
  ],
  [
    'وفق ما قالته',
    ['ووفق ما قالته الطبيبة هدى منصور، فإن "المستشفى يعمل بنصف طاقته".'],
    ['هدى منصور'],
  ],
  [
    'هكذا … after the quote',
    ['"الصبر له حدود"، هكذا علّق الكاتب نبيل فاضل على القرار.'],
    ['نبيل فاضل'],
  ],
  [
    'written on a platform',
    ['وكتب السفير كريم حداد على منصة "إكس": "العلاقات بين البلدين متينة".'],
    ['كريم حداد'],
  ],
  [
    'a feminine carry-over after a male speaker',
    [
      'قالت الوزيرة هالة يوسف إن "المدارس ستفتح في موعدها".',
      'وقال النائب عادل مراد إن "الميزانية غير كافية".',
      'وأضافت: "سنوفر الكتب لكل الطلاب".',
    ],
    ['هالة يوسف', 'عادل مراد', 'هالة يوسف'],
  ],
  [
    'an institution, then its short name',
    [
      'أعلنت وزارة الزراعة والري في بيان: "المخزون يكفي ستة أشهر".',
      'وأضافت الوزارة أن "الاستيراد سيستمر حسب الحاجة".',
    ],
    ['وزارة الزراعة والري', 'وزارة الزراعة والري'],
  ],
  [
    'a partial quote with an object between',
    ['ودعا الرئيس التونسي قيس سعيد الدول المانحة إلى "الوفاء بتعهداتها فوراً".'],
    ['قيس سعيد'],
  ],
  [
    'two speakers in one paragraph',
    [
      'وقال عمر ناصر إن "الاتفاق مقبول من حيث المبدأ"، فيما رأت سلمى داود أن "التفاصيل ما زالت غامضة".',
    ],
    ['عمر ناصر', 'سلمى داود'],
  ],
  [
    'compound names',
    [
      'وقال عبد الرحمن أبو العلا إن "السوق هادئة هذا الأسبوع".',
      'وقال أبو بكر الطيب إن "المفاوضات مستمرة حتى الآن".',
      'وقال محمد بن راشد آل مكتوم إن "المستقبل لمن يصنعه".',
    ],
    ['عبد الرحمن أبو العلا', 'أبو بكر الطيب', 'محمد بن راشد آل مكتوم'],
  ],
  [
    'a subjectless verb after a sentence that introduced someone',
    [
      'وقال المدير سالم ناصر إن "العمل مستمر في كل الفروع رغم الظروف". وفي السوق، كانت هدى يوسف (30 عاماً)، موظفة في مصرف، تشتري الخضار. وقالت: "الأسعار ارتفعت كثيراً".',
      'وفي المقهى، جلس أبو خالد يتابع الأخبار. وقال: "لم يتغير شيء منذ سنوات".',
    ],
    ['سالم ناصر', 'هدى يوسف', 'أبو خالد'],
  ],
  [
    'an introduced person of the other gender does not take the verb',
    [
      'وقال المدير سالم ناصر إن "العمل مستمر في كل الفروع رغم الظروف". وفي السوق، كانت هدى يوسف تشتري الخضار. وأضاف: "الموسم طويل ونحن مستعدون له جيداً".',
    ],
    ['سالم ناصر', 'سالم ناصر'],
  ],
  [
    'the agency told is no speaker (لرويترز، لفرانس برس)',
    [
      'قال المزارع خليل عواد: "خسرنا نصف المحصول هذا العام". وأضاف لرويترز: "لن نزرع القمح مرة أخرى".',
      'لكن مديرة البرنامج في المنطقة، سوزان كيلر، قالت لفرانس برس إن "التمويل لا يكفي لشهرين".',
    ],
    ['خليل عواد', 'خليل عواد', 'سوزان كيلر'],
  ],
  [
    'an affiliation ends the name of a body (التابع لـ)',
    ['وقالت المفوضية السامية التابعة للأمم المتحدة في بيان إن "أعداد العائدين تضاعفت".'],
    ['المفوضية السامية'],
  ],
  [
    'a UN agency by its Arabic acronym',
    ['وأكدت اليونيسف في بيان أن "آلاف الأطفال خارج المدارس منذ الخريف".'],
    ['اليونيسف'],
  ],
  [
    'أمين عام is an office, not the given name أمين',
    ['وقال أمين عام اتحاد المزارعين سامي الخطيب إن "الموسم مهدد بالجفاف".'],
    ['سامي الخطيب'],
  ],
  [
    'a place joined by و ends a role before a known given name',
    ['وقال النائب عن دائرة الشوف وعاليه مروان الحاج علي إن "الطريق مقطوعة منذ أسبوع".'],
    ['مروان الحاج علي'],
  ],
  [
    'a body named after a dam, a crossing or a camp keeps the place in its name',
    [
      'وقالت إدارة معبر جابر إن "الحركة عادت إلى طبيعتها صباح اليوم".',
      'وأضافت الإدارة أن "الشاحنات تنتظر منذ أيام".',
    ],
    ['إدارة معبر جابر', 'إدارة معبر جابر'],
  ],
  [
    'في ختام تقريره is when, not where the body is',
    [
      'وقال المرصد الوطني للمياه إن "المخزون في أدنى مستوياته". ودعا المرصد في ختام تقريره إلى "ترشيد الاستهلاك فوراً".',
    ],
    ['المرصد الوطني للمياه', 'المرصد الوطني للمياه'],
  ],
  [
    'a report speaks for the body that issued it',
    [
      'وقال تقرير صادر عن مركز الخليج للأبحاث الصحية، اليوم الأحد، إن "نصف البالغين يعانون من نقص فيتامين د". وحذر التقرير من أن "الأرقام سترتفع في السنوات المقبلة".',
    ],
    ['مركز الخليج للأبحاث الصحية', 'مركز الخليج للأبحاث الصحية'],
  ],
  [
    'a title and a nationality before the name are its role',
    [
      'في المقابل، بدا البروفيسور الألماني كلاوس ريختر، أستاذ علم الأوبئة، أكثر حذراً، إذ قال: "النتائج أولية ولا يمكن تعميمها".',
      'وقالت الدكتورة المغربية سلمى بناني إن "الوضع مقلق للغاية في القرى".',
    ],
    ['كلاوس ريختر', 'سلمى بناني'],
  ],
  [
    'a royal name inside an institution is not the speaker',
    [
      'وقال الباحث في جامعة الملك فيصل ماجد العنزي إن "التجربة نجحت في المختبر".',
      'وقال مدير مستشفى الأمير محمد بن عبد العزيز الدكتور فهد الشمري إن "الحالات مستقرة تماما".',
    ],
    ['ماجد العنزي', 'فهد الشمري'],
  ],
  [
    'the agency with a generic adjective is the agency named before, not the outlet told',
    [
      'وقالت وكالة الأمم المتحدة للطاقة الذرية في بيان أرسلته إلى وكالة الأنباء الألمانية إن "التفتيش سيستأنف الشهر المقبل". وبحسب الوكالة الأممية، فإن "المفتشين لم يتمكنوا من دخول الموقع".',
    ],
    ['وكالة الأمم المتحدة للطاقة الذرية', 'وكالة الأمم المتحدة للطاقة الذرية'],
  ],
])('attribution (issue 7): %s', (_case, paragraphs, speakers) => {
  expect(extractQuotes(paragraphs).map((q) => q.speaker)).toEqual(speakers);
});

test.each([
  ['a medical source', 'وقال مصدر طبي إن "عدد الإصابات ارتفع إلى عشرين".', 'مصدر طبي'],
  [
    'one of the protesters',
    'وقال أحد المحتجين: "لن نغادر الساحة قبل تحقيق مطالبنا".',
    'أحد المحتجين',
  ],
  ['a military spokesman', 'وقال متحدث عسكري إن "العملية ستستمر حتى النهاية".', 'متحدث عسكري'],
  ['an official', 'وقال مسؤول رفيع، طلب عدم ذكر اسمه، إن "القرار اتخذ بالإجماع".', 'مسؤول رفيع'],
])('an anonymous source has no name and keeps its description: %s', (_case, paragraph, role) => {
  const [quote] = extractQuotes([paragraph]);
  expect(quote).toMatchObject({ speaker: null, speakerKey: null, kind: 'anonymous', role });
});

test('bodies and people are told apart by kind', () => {
  const quotes = extractQuotes([
    'وقالت منظمة العفو الدولية إن "الاعتقالات تعسفية وغير قانونية".',
    'وقال الناشط خالد يوسف إن "المعتقلين بلا محاكمة".',
    'وكتب على اللافتة "الأرض لنا جميعا دون استثناء".',
  ]);
  expect(quotes.map((q) => q.kind)).toEqual(['body', 'person', 'unknown']);
});

test.each([
  ['a novel', 'وصدرت له رواية "ظلال على جدار الذاكرة القديمة" عن دار نشر عربية.'],
  ['a campaign', 'وأطلقت الوزارة حملة "معاً من أجل مياه نظيفة للجميع" هذا الأسبوع.'],
  ['a slogan', 'وتظاهر المئات تحت شعار "لا للغلاء لا للفساد" أمام البرلمان.'],
  ['a newspaper with a prefix', 'وقال لصحيفة "الشرق الأوسط اللندنية اليوم" إن الأمر محسوم.'],
  ['a programme with an adjective', 'وشارك في برنامج تلفزيوني "صباح الخير يا عرب" أمس.'],
  ['a film after بعنوان', 'وعرض فيلم وثائقي بعنوان "الطريق إلى البحر الأحمر" في الافتتاح.'],
])('not a statement (issue 7): %s', (_case, paragraph) => {
  expect(extractQuotes([paragraph])).toEqual([]);
});
