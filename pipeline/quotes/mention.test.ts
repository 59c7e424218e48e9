import { expect, test } from 'vitest';
import { wordsOf } from '../text/words';
import { readMention } from './mention';
import { findQuoteSpans } from './spans';
import { breakOf, type Token } from './tokens';

/** The tokens of a phrase as the extractor makes them: breaks, and quoted names marked. */
function tokensOf(text: string): Token[] {
  const names = findQuoteSpans(text);
  let previous = 0;
  return wordsOf(text).map((word) => {
    const token: Token = {
      ...word,
      brk: breakOf(text.slice(previous, word.start)),
      sentence: 0,
      quoted: names.some((span) => word.start > span.start && word.end < span.end),
    };
    previous = word.end;
    return token;
  });
}

function read(text: string, dative = false) {
  const tokens = tokensOf(text);
  const mention = readMention(tokens, 0, { dative });
  if (!mention) return null;
  const show = (span: { start: number; end: number; alef?: boolean } | null) =>
    span ? (span.alef ? 'ا' : '') + text.slice(span.start, span.end) : null;
  return {
    kind: mention.kind,
    name: 'name' in mention ? show(mention.name) : null,
    role: 'role' in mention ? show(mention.role) : null,
  };
}

test.each([
  // [phrase after the verb, kind, name, role]
  // A body's noun of a participle's shape (مستشفى) heads a body, no one unnamed.
  ['مستشفى العدان، في بيان صحافي', 'body', 'مستشفى العدان', null],
  // القاضي with ب and a verbal noun after a court is "ruling for", not a judge of its name.
  ['محكمة الاستئناف القاضي بحبس مدير إدارة سابق', 'body', 'محكمة الاستئناف', null],
  ['وزير الخارجية الروسي سيرغي لافروف إن', 'person', 'سيرغي لافروف', 'وزير الخارجية الروسي'],
  ['نائب وزير خارجية فرنسا جان لوروا أن', 'person', 'جان لوروا', 'نائب وزير خارجية فرنسا'],
  ['رئيس وزراء ماليزيا أنور إبراهيم إن', 'person', 'أنور إبراهيم', 'رئيس وزراء ماليزيا'],
  ['رئيس غرفة تجارة عمّان خليل الحاج توفيق', 'person', 'خليل الحاج توفيق', 'رئيس غرفة تجارة عمّان'],
  [
    'ممثل منظمة الصحة العالمية في الأردن جان-بيير دوبوا إن',
    'person',
    'جان-بيير دوبوا',
    'ممثل منظمة الصحة العالمية في الأردن',
  ],
  ['المتحدث باسم الكرملين دميتري بيسكوف أن', 'person', 'دميتري بيسكوف', 'المتحدث باسم الكرملين'],
  // A given name with the article opening the name after an inserted clause, or after بن.
  [
    'مدير المستشفى، الذي تسلم منصبه قبل عام، المكي بن حسونة إن',
    'person',
    'المكي بن حسونة',
    'مدير المستشفى',
  ],
  [
    'عميد كلية الطب بسوسة، الذي أشرف على الدراسة، محمد بن الصادق الزواري، أن',
    'person',
    'محمد بن الصادق الزواري',
    'عميد كلية الطب بسوسة',
  ],
  ['سفير ليبيا لدى تونس، العباس الحاسي، أن', 'person', 'العباس الحاسي', 'سفير ليبيا لدى تونس'],
  // A second person joined by و and a possessive ends the first name.
  ['وزير الداخلية كريم الصافي ونظيره التونسي', 'person', 'كريم الصافي', 'وزير الداخلية'],
  ['رئيس الوزراء أحمد عبدي ورسمه إن', 'person', 'أحمد عبدي ورسمه', 'رئيس الوزراء'],
  // After a father's name, a definite noun is the verb's object.
  ['وزير الصحة علي بن يوسف المبادرة بأنها', 'person', 'علي بن يوسف', 'وزير الصحة'],
  // A place glued to ب, its first word short; "who is called" after a description.
  [
    'رئيس البلدية ببن عروس، سامي الطرابلسي، إن',
    'person',
    'سامي الطرابلسي',
    'رئيس البلدية ببن عروس',
  ],
  ['متابعة تُدعى نسرين على إنستغرام:', 'person', 'نسرين', 'متابعة'],
  // Words that look like the shapes above but are not: وسام is a name, باستغراب a manner,
  // الحسيني a family name.
  ['وسام علي الكعبي إن', 'person', 'وسام علي الكعبي', null],
  ['أحمد يوسف باستغراب:', 'person', 'أحمد يوسف', null],
  ['ضرغام الحسيني محمد الكربولي في مؤتمر', 'person', 'ضرغام الحسيني', null],
  // Between commas, right before what opens the saying: the whole name, words like خلف too.
  [
    'مدير الدائرة في الموصل، عبد الكريم خلف الحمداني، قوله إن',
    'person',
    'عبد الكريم خلف الحمداني',
    'مدير الدائرة في الموصل',
  ],
  // Foreign names: an article after a particle (دي لا), a French ending written with ه.
  ['وزيرة الخارجية ماريا دي لا فوينتي إن', 'person', 'ماريا دي لا فوينتي', 'وزيرة الخارجية'],
  ['النائب بيير لافاليه إن', 'person', 'بيير لافاليه', 'النائب'],
  // A courtesy title before a name the lists do not know, or before a role.
  ['معالي حمود بن سعيد الوهيبي إن', 'person', 'حمود بن سعيد الوهيبي', null],
  ['سعادة السفير خالد المري إن', 'person', 'خالد المري', 'السفير'],
  // A family name like a title where the name plainly ends.
  ['وزير الطاقة وليد الحاج إن', 'person', 'وليد الحاج', 'وزير الطاقة'],
  // A place no list knows at the end of the role, then the name in apposition.
  [
    'القاضية لدى محكمة بجاية أوقاس، ليندة آيت حمو، إن',
    'person',
    'ليندة آيت حمو',
    'القاضية لدى محكمة بجاية أوقاس',
  ],
  // باسم is Bassem before a name word, "on behalf of" before a definite noun.
  ['وزير المالية باسم عبد الحميد النعيمي إن', 'person', 'باسم عبد الحميد النعيمي', 'وزير المالية'],
  // A Hadrami family name with با where the name ends.
  ['صاحب المتجر عوض بامطرف:', 'person', 'عوض بامطرف', 'صاحب المتجر'],
  // A source in the accusative after أن, with or without the tanween written.
  ['مسؤولاً رفيعاً في الشركة، طلب', 'anonymous', null, 'مسؤولاً رفيعاً في الشركة'],
  // A known given name opening what follows the role: a clause after it does not move it.
  [
    'الطالبة سارة المنصوري، التي نجت من الحادث، تفاصيل ما جرى',
    'person',
    'سارة المنصوري',
    'الطالبة',
  ],
  // إمام (an imam) is no أمام (in front of); a role's genitive joined by و before a name.
  ['إمام مسجد الحي الشيخ سعيد الراشد إن', 'person', 'سعيد الراشد', 'إمام مسجد الحي'],
  [
    'رئيس لجنة التربية والتعليم منصور الحسن إن',
    'person',
    'منصور الحسن',
    'رئيس لجنة التربية والتعليم',
  ],
  // An unlisted word and its genitive, then a kunya or a known given name: a role.
  ['ناطور البناية أبو سمير الخطيب إن', 'person', 'أبو سمير الخطيب', 'ناطور البناية'],
  ['مربي الأغنام حمود عبد الكريم لـ"الشرق":', 'person', 'حمود عبد الكريم', 'مربي الأغنام'],
  // A verb with و before a kunya is no part of the name.
  ['ومشت أم مازن أمام بيتها', 'person', 'أم مازن', null],
  // باسم after a spokesperson is "on behalf of", before a quoted name too.
  [
    'المتحدث باسم ائتلاف "نداء الوطن" المعارض، سليم الدباغ، إن',
    'person',
    'سليم الدباغ',
    'المتحدث باسم ائتلاف "نداء الوطن" المعارض',
  ],
  // A joiner inside a two-word family name, a kin with a possessive before a name, a
  // rank that is a given name, a Gulf given name after a title.
  ['منى السيد عبد اللطيف قولها', 'person', 'منى السيد عبد اللطيف', null],
  ['ابنه سفيان الورغي إن', 'person', 'سفيان الورغي', 'ابنه'],
  ['جارتها سعاد المحمدي إن', 'person', 'سعاد المحمدي', 'جارتها'],
  ['رائد أبو شقرا أن', 'person', 'رائد أبو شقرا', null],
  ['أمير قطر الشيخ تميم بن حمد أن', 'person', 'تميم بن حمد', 'أمير قطر'],
  ['مديرة صحة ريف دمشق الدكتورة رنا الأتاسي إن', 'person', 'رنا الأتاسي', 'مديرة صحة ريف دمشق'],
  // A foreign name made of words that are also Arabic words, before what opens the saying.
  [
    'المتحدث باسم وزارة الخارجية التركية أوزان يلماز على منصة',
    'person',
    'أوزان يلماز',
    'المتحدث باسم وزارة الخارجية التركية',
  ],
  ['وزير المالية خلال اجتماع إن', 'role', null, 'وزير المالية'],
  ['رئيس الوزراء في بيان إن', 'role', null, 'رئيس الوزراء'],
  // A role's tail in إلى; a verbal noun with ب after the name; asking not to be named.
  [
    'المبعوث الأممي الخاص إلى اليمن هانس-أولاف ليند بإتمام الصفقة',
    'person',
    'هانس-أولاف ليند',
    'المبعوث الأممي الخاص إلى اليمن',
  ],
  ['معلم للفيزياء طلب عدم ذكر اسمه إن', 'anonymous', null, 'معلم للفيزياء'],
  [
    'مديرة إدارة العقارات في بلدية الشارقة شيخة المهيري إن',
    'person',
    'شيخة المهيري',
    'مديرة إدارة العقارات في بلدية الشارقة',
  ],
  [
    'رئيس اللجنة، الذي تولى منصبه العام الماضي، سالم الكعبي إن',
    'person',
    'سالم الكعبي',
    'رئيس اللجنة',
  ],
  ['المتحدثة باسم الوفد، نوال الزين، إن', 'person', 'نوال الزين', 'المتحدثة باسم الوفد'],
  ['وكيلة أعمال اللاعب، البرتغالية آنا فيريرا، إن', 'person', 'آنا فيريرا', 'وكيلة أعمال اللاعب'],
  ['وزير الصحة الدكتور خالد العمري إن', 'person', 'خالد العمري', 'وزير الصحة'],
  ['مدير المهرجان الناقد كمال الشربيني على', 'person', 'كمال الشربيني', 'مدير المهرجان'],
  [
    'كبير الاقتصاديين في بنك الاستثمار "النيل كابيتال" عبد الرحمن أبو العلا أن',
    'person',
    'عبد الرحمن أبو العلا',
    'كبير الاقتصاديين في بنك الاستثمار "النيل كابيتال"',
  ],
  ['جارها محمود الحريري إن', 'person', 'محمود الحريري', 'جارها'],
  ['سفيرة فرنسا في بيروت آن-كلير لوفيفر عقب', 'person', 'آن-كلير لوفيفر', 'سفيرة فرنسا في بيروت'],
  ['محمد بن راشد آل مكتوم إن', 'person', 'محمد بن راشد آل مكتوم', null],
  ['أم كلثوم بنت سالم البلوشية إن', 'person', 'أم كلثوم بنت سالم البلوشية', null],
  ['حسام الدين فوزي إن', 'person', 'حسام الدين فوزي', null],
  ['الدكتور أيمن جاد الرب، إن', 'person', 'أيمن جاد الرب', null],
  ['علي زين العابدين أن', 'person', 'علي زين العابدين', null],
  ['اللواء الفاتح عبد الله دفع الله، في', 'person', 'الفاتح عبد الله دفع الله', null],
  ['مولانا الفاتح عثمان الزين، قوله', 'person', 'الفاتح عثمان الزين', null],
  ['مولانا هشام إبراهيم الحاج، عن', 'person', 'هشام إبراهيم الحاج', null],
  ['عمر صديق الأمين، في', 'person', 'عمر صديق الأمين', null],
  ['عبد الله مساعد الشمري إن', 'person', 'عبد الله مساعد الشمري', null],
  ['محمد صديق الرئيس، إن', 'person', 'محمد', null],
  ['محمد الأمين ولد الشيخ أن', 'person', 'محمد الأمين ولد الشيخ', null],
  ['الزهراء منت محمد فال أن', 'person', 'الزهراء منت محمد فال', null],
  ['إليزابيث هارتلي-وود أن', 'person', 'إليزابيث هارتلي-وود', null],
  ['لافروف في مؤتمر صحفي', 'person', 'لافروف', null],
  ['قيس سعيد الدول المانحة إلى', 'person', 'قيس سعيد', null],
  ['ميرون بعربية متقطعة', 'person', 'ميرون', null],
  ['وزارة الزراعة والري في بيان', 'body', 'وزارة الزراعة والري', null],
  [
    'الجمعية التونسية لنزاهة الانتخابات في بيان',
    'body',
    'الجمعية التونسية لنزاهة الانتخابات',
    null,
  ],
  ['الهلال الأحمر الجزائري، في بيان', 'body', 'الهلال الأحمر الجزائري', null],
  ['الوزارة أن', 'body', 'الوزارة', null],
  ['"إير ميديتيرانيه" في بيان', 'body', 'إير ميديتيرانيه', null],
  ['الوزير أن', 'role', null, 'الوزير'],
  ['رئيس البلدية وجود', 'role', null, 'رئيس البلدية'],
  ['المسؤولة الأممية أن', 'role', null, 'المسؤولة الأممية'],
  ['مصدر طبي إن', 'anonymous', null, 'مصدر طبي'],
  ['مصدر طبي في مستشفى المدينة إن', 'anonymous', null, 'مصدر طبي في مستشفى المدينة'],
  ['أحد المحتجين: ', 'anonymous', null, 'أحد المحتجين'],
  ['متحدث عسكري إن', 'anonymous', null, 'متحدث عسكري'],
  ['مسؤول أوروبي رفيع شارك', 'anonymous', null, 'مسؤول أوروبي رفيع'],
  ['متداول في شركة وساطة', 'anonymous', null, 'متداول'],
  ['مرافق لمريض قدم من مدينة', 'anonymous', null, 'مرافق'],
  // A title anchors its holder's name after a long tail of the role.
  [
    'المحامي العام لنيابات غرب الإسكندرية المستشار طارق فودة إن',
    'person',
    'طارق فودة',
    'المحامي العام لنيابات غرب الإسكندرية',
  ],
  [
    'رئيس وفد القوات المسلحة اللواء الركن عبد الباقي حسن إن',
    'person',
    'عبد الباقي حسن',
    'رئيس وفد القوات المسلحة',
  ],
  [
    'نائب الرئيس التنفيذي لشركة الخليج للمقاولات الطبية، المنفذة للمشروع، المهندس سالم بن علي المعمري، إلى أن',
    'person',
    'سالم بن علي المعمري',
    'نائب الرئيس التنفيذي لشركة الخليج للمقاولات الطبية، المنفذة للمشروع',
  ],
  // …or a given name with the article at the end of the tail.
  [
    'أستاذ القانون الدستوري في جامعة قرطاج الصادق الكيلاني فقد رأى',
    'person',
    'الصادق الكيلاني',
    'أستاذ القانون الدستوري في جامعة قرطاج',
  ],
  // A royal title inside an institution's name is not a title of the speaker.
  [
    'استشارية السكري في مستشفى جامعة الملك عبد العزيز الدكتورة ريم عبد الله الزهراني أن',
    'person',
    'ريم عبد الله الزهراني',
    'استشارية السكري في مستشفى جامعة الملك عبد العزيز',
  ],
  // A verb of state before its subject.
  ['يقف الحاج أبو علي الشويلي على ضفة', 'person', 'أبو علي الشويلي', null],
  // A family name written with أ in a verbal noun's shape, a compound given name with
  // سيد, نور الهدى, a kin with a possessive after ابن, a branch after a body's place.
  ['رئيس الجمعية رشيد أمغار أن', 'person', 'رشيد أمغار', 'رئيس الجمعية'],
  ['والي الولاية سيد محمد ولد الداه إن', 'person', 'سيد محمد ولد الداه', 'والي الولاية'],
  ['الباحثة نور الهدى قاسم إن', 'person', 'نور الهدى قاسم', 'الباحثة'],
  ['ابن خالته مصطفى العلوي إن', 'person', 'مصطفى العلوي', 'ابن خالته'],
  ['جمعية الهلال الأحمر الأردني فرع إربد في', 'body', 'جمعية الهلال الأحمر الأردني فرع إربد', null],
  [
    'مدير غرفة صناعة الأردن فرع العقبة المهندس وائل الزعبي إن',
    'person',
    'وائل الزعبي',
    'مدير غرفة صناعة الأردن فرع العقبة',
  ],
  [
    'الرابطة الجزائرية للدفاع عن حقوق الإنسان أن',
    'body',
    'الرابطة الجزائرية للدفاع عن حقوق الإنسان',
    null,
  ],
  ['مسافرة أخرى تدعى ريم الخطيب أن', 'person', 'ريم الخطيب', 'مسافرة أخرى'],
  // A place in apposition before the name, a diplomat and a relative clause between
  // commas, a trade that is a family name.
  [
    'رئيس لجنة المالية، النائب عن محافظة البصرة، حيدر كاظم الساعدي إن',
    'person',
    'حيدر كاظم الساعدي',
    'رئيس لجنة المالية',
  ],
  ['رئيس اللجنة، النائب عن ولاية سطيف، إن', 'role', null, 'رئيس اللجنة'],
  [
    'الدبلوماسية الكندية التي تسلمت مهامها الشهر الماضي، ماري لوبلان، إن',
    'person',
    'ماري لوبلان',
    'الدبلوماسية الكندية',
  ],
  ['رئيس الاتحاد سامي المعلم أن', 'person', 'سامي المعلم', 'رئيس الاتحاد'],
  // Names that look like other words: فال… (ف and the article), a foreign name in a
  // masdar's shape, ملك as a given name and as a king, a nisba family name of a masdar's
  // shape; a place's name before a known given name; a nationality before a name.
  [
    'مفوضة الاتحاد للشؤون الخارجية فالنتينا روسّي إن',
    'person',
    'فالنتينا روسّي',
    'مفوضة الاتحاد للشؤون الخارجية',
  ],
  ['المهاجم تياغو مونتيرو إلى', 'person', 'تياغو مونتيرو', 'المهاجم'],
  ['الطالبة ملك أبو زيد بعد', 'person', 'ملك أبو زيد', 'الطالبة'],
  ['ملك الأردن عبد الله الثاني إن', 'person', 'عبد الله الثاني', 'ملك الأردن'],
  ['جارته سعاد التهامي إن', 'person', 'سعاد التهامي', 'جارته'],
  [
    'رئيس لجنة الأشغال في بلدية عين إبل سامر الحداد إن',
    'person',
    'سامر الحداد',
    'رئيس لجنة الأشغال في بلدية عين إبل',
  ],
  ['رئيس اتحاد بلديات قضاء صور حسن دبوق إن', 'person', 'حسن دبوق', 'رئيس اتحاد بلديات قضاء صور'],
  ['البرتغالي نونو فالنتي إن', 'person', 'نونو فالنتي', 'البرتغالي'],
  [
    'قائد كتيبة نسور الجبل المحلية، التي تضم مئات المقاتلين، كمال أبو علي، في',
    'person',
    'كمال أبو علي',
    'قائد كتيبة نسور الجبل المحلية',
  ],
  ['لجنة التسعير بالبنك المركزي الأردني في', 'body', 'لجنة التسعير بالبنك المركزي الأردني', null],
  ['تكتل الإصلاح والتغيير في بيان', 'body', 'تكتل الإصلاح والتغيير', null],
  // A place's name, then a title or a known given name: the place ends the role.
  ['مدير شرطة إربد العقيد سامي الزعبي إن', 'person', 'سامي الزعبي', 'مدير شرطة إربد'],
  ['مدير الزراعة لولاية سطيف كريم بن علي إن', 'person', 'كريم بن علي', 'مدير الزراعة لولاية سطيف'],
  // Foreign names: كال… inside a name, a first name in a verbal noun's shape; family names
  // in a plural's shape where the name visibly ends.
  ['الممثل التجاري، روبرت كالاهان، فرض', 'person', 'روبرت كالاهان', 'الممثل التجاري'],
  ['وزيرة الخارجية تيريز موانزا كاسونغو، التي', 'person', 'تيريز موانزا كاسونغو', 'وزيرة الخارجية'],
  ['وزير المياه نضال العبداللات، اليوم', 'person', 'نضال العبداللات', 'وزير المياه'],
  ['النائبة عبلة المحادين لـ«رؤيا» إن', 'person', 'عبلة المحادين', 'النائبة'],
  ['السيناتورة جين هارت، في', 'person', 'جين هارت', 'السيناتورة'],
  // A French name's ending after ل, an organiser with her shadda, a place's adjective
  // before a known given name, an object in construct after a surname.
  ['مدير المعهد باتريك لوفافاسييه إن', 'person', 'باتريك لوفافاسييه', 'مدير المعهد'],
  ['منظِّمة الحفل هدى البزري قولها', 'person', 'هدى البزري', 'منظِّمة الحفل'],
  [
    'رئيسة جمعية نساء القرية الزراعية سلمى حسين العبيدي، فإن',
    'person',
    'سلمى حسين العبيدي',
    'رئيسة جمعية نساء القرية الزراعية',
  ],
  ['الموثقة بفاس سعاد بناني إن', 'person', 'سعاد بناني', 'الموثقة بفاس'],
  // Athletes by their sport, an object in construct after a full name.
  ['العداءة المغربية سناء العلمي إن', 'person', 'سناء العلمي', 'العداءة المغربية'],
  ['السباح كريم الجندي تأشيرة التأهل', 'person', 'كريم الجندي', 'السباح'],
  ['رائدة الأعمال لمى آل مشيط تجربتها', 'person', 'لمى آل مشيط', 'رائدة الأعمال'],
  ['محامي الوزير إبراهيم ولد أعمر الحكم بأنه', 'person', 'إبراهيم ولد أعمر', 'محامي الوزير'],
  // A chain of four names where the name ends at where it was said.
  ['وزير الداخلية عبدي رشيد آدم فارح على حسابه', 'person', 'عبدي رشيد آدم فارح', 'وزير الداخلية'],
  // A verbal noun in construct inside a body's name.
  ['مديرية توزيع كهرباء الجنوب في بيان', 'body', 'مديرية توزيع كهرباء الجنوب', null],
])('readMention(%s)', (text, kind, name, role) => {
  expect(read(text)).toEqual({ kind, name, role });
});

test.each([
  ['إن الوضع صعب'],
  ['وزير الخارجية، على هامش الاجتماع، إن'],
  ['في العاصمة'],
  ['على حسابه'],
  ['ضاحكاً قبل أن'],
  ['ضرورة الحل السياسي'],
  ['تبكي وهي تقول'],
])('no one is named: %s', (text) => {
  expect(read(text)?.kind === 'person' ? read(text) : null).toBeNull();
});

test.each([
  ['لممثلة المنظمة في السودان ماريا لوبيز،', 'person', 'ماريا لوبيز', 'ممثلة المنظمة في السودان'],
  ['لبرغمان، فإن', 'person', 'برغمان', null],
  ['للجيش اللبناني:', 'body', 'الجيش اللبناني', null],
])('after وفقاً لـ the preposition is not part of the name: %s', (text, kind, name, role) => {
  expect(read(text, true)).toEqual({ kind, name, role });
});

test.each([
  // An indefinite title before a word that is no given name is a noun.
  ['مهندسة برمجيات من بين المسرَّحين، فضّلت عدم ذكر اسمها، إن'],
  ['مراسلنا: '],
])('no person is named: %s', (text) => {
  expect(read(text)?.kind ?? null).not.toBe('person');
});

test.each(['يرسلن أبناءهن إلى الصف', 'يحملون لافتات كبيرة', 'يكتفي الجد بالقول'])(
  'a present verb of a plural or derived shape opens no name: %s',
  (phrase) => {
    expect(read(phrase)?.kind === 'person').toBe(false);
  },
);

test('"and" a number ends a name', () => {
  expect(read('زوجته فاطمة وثلاثة من أحفاده')).toMatchObject({ name: 'فاطمة' });
});

test('a work with a possessive is no word of a name', () => {
  expect(read('علي مشروعه "كتاب على الطريق"')?.name).not.toBe('علي مشروعه');
});

test.each([
  ['حاكمة المحافظة، ميدوري أوشيرو، مخاطبة الحشود', 'ميدوري أوشيرو'],
  ['المدير الفني للمنتخب، الهولندي يان دي يونغ، قبيل المغادرة', 'يان دي يونغ'],
])('a name between commas, then what the person was doing: %s', (phrase, name) => {
  expect(read(phrase)).toMatchObject({ kind: 'person', name });
});

test('a retired officer: the rank, "retired", then the name', () => {
  expect(read('الخبير المروري العقيد المتقاعد فيصل الصانع من أن')).toMatchObject({
    kind: 'person',
    name: 'فيصل الصانع',
  });
});

test.each([
  ['رئيس الفريق البرلماني الشيباني ولد الطالب إن', 'الشيباني ولد الطالب'],
  ['ربة البيت السالمة منت أحمدو إن', 'السالمة منت أحمدو'],
])('a given name with the article (%s)', (phrase, name) => {
  expect(read(phrase)).toMatchObject({ kind: 'person', name });
});

test('a body takes no ب and a plural after its name', () => {
  expect(read('وزارة الزراعة بتعويضات "عاجلة وعادلة تحفظ كرامة الصياد"')).toMatchObject({
    kind: 'body',
    name: 'وزارة الزراعة',
  });
});

test('"who is called" after a word of the role', () => {
  expect(read('صاحب محل حلويات يُدعى وائل السمان إن')).toMatchObject({
    kind: 'person',
    name: 'وائل السمان',
  });
});

test('a rival with a possessive is a relation, not a word of the name', () => {
  expect(read('منافسته سيبولفيدا، فحذّرت')).toMatchObject({ name: 'سيبولفيدا' });
});

test.each([
  // round 71: a verb after a name is no word of it
  ['الحاج كاظم يستقبل هذه الوعود', 'كاظم'],
  ['الحاج سالم يده على ضلع خشبي', 'سالم'],
])('a present verb يستفعل or a hand with a possessive ends a name (%s)', (phrase, name) => {
  expect(read(phrase)?.name).toBe(name);
});

test('عاد (returned) opens no name: what follows it is read from the next word', () => {
  expect(read('عاد الطيب قبل ثلاثة أسابيع')).toBeNull();
});

test('a family name like a title (السيد) takes no outlet the words were told to', () => {
  expect(read('المتحدث باسم الوزارة كريم السيد لشفق نيوز إن')?.name).toBe('كريم السيد');
});

test('أم and a nationality (أم سعودية) is a mother unnamed, no kunya', () => {
  expect(read('أم سعودية مقيمة في دبي إن')?.kind).toBe('anonymous');
});

test('a hyphenated second given name after a known one is no start of the name; بجمهور is no word of it', () => {
  expect(read('الممثلة الأميركية جيسيكا ماي-لين بجمهور المهرجان، قائلة')?.name).toBe(
    'جيسيكا ماي-لين',
  );
});

test.each([
  // [phrase after the verb, kind, name, role]
  // ل on a noun of time is how long, never a tail of the body's name.
  ['اتحاد الكرة لمدة ثلاث جولات', 'body', 'اتحاد الكرة', null],
  ['نادي الوحدة للمرة الثانية', 'body', 'نادي الوحدة', null],
  // (A festival named أيام … stays a tail: الهيئة المديرة لأيام قرطاج السينمائية.)
  [
    'الهيئة المديرة لأيام قرطاج السينمائية إن',
    'body',
    'الهيئة المديرة لأيام قرطاج السينمائية',
    null,
  ],
])('session 48: %s', (phrase, kind, name, role) => {
  expect(read(phrase)).toEqual({ kind, name, role });
});

test('"any" body (أي جهة) is no body', () => {
  const tokens = tokensOf('تتبن أي جهة الهجوم حتى الآن');
  expect(readMention(tokens, 2)).toBeNull();
  expect(readMention(tokensOf('تتبن جهة الهجوم حتى الآن'), 1)?.kind).toBe('body');
});

test.each([
  // [phrase after the verb, kind, name, role]
  // After an indefinite feminine noun, words in -ية that are no given names are adjectives.
  [
    'ممثل منظمة إنسانية دولية تعمل في غرب دارفور، طلب عدم ذكر اسمه',
    'anonymous',
    null,
    'ممثل منظمة إنسانية دولية',
  ],
])('session 49: %s', (phrase, kind, name, role) => {
  expect(read(phrase)).toEqual({ kind, name, role });
});

test.each([
  // [phrase after the verb, kind, name, role]
  // A و-joined genitive goes on with a body's name, whatever it could be as an object.
  [
    'رئيس اتحاد الأدباء والكتاب في موريتانيا أحمدو بابا لـ',
    'person',
    'أحمدو بابا',
    'رئيس اتحاد الأدباء والكتاب في موريتانيا',
  ],
  // The epithets young and old inside a name that goes on after them.
  [
    'وزير التربية الوطنية محمد الصغير بلعربي إن',
    'person',
    'محمد الصغير بلعربي',
    'وزير التربية الوطنية',
  ],
  ['مدير الشركة محمد الصغير الحداد إن', 'person', 'محمد الصغير الحداد', 'مدير الشركة'],
  // (Not where the word after is the verb's object: she kneads the clay.)
  ['مباركة الصغيّر الطين الأحمر بيديها', 'person', 'مباركة الصغيّر', null],
  // Someone described, where they are, then "who is called" and a name.
  [
    'مسافر عالق في صالة المغادرة يُدعى حسين رجب الفيتوري إن',
    'person',
    'حسين رجب الفيتوري',
    'مسافر عالق في صالة المغادرة',
  ],
  // (Not past what opens the words: the accused is someone else.)
  ['مصدر أمني إن المتهم يدعى أحمد سالم', 'anonymous', null, 'مصدر أمني'],
  // A و-joined noun whose pronoun points back to the genitive goes on with the role.
  [
    'أستاذ الفقه وأصوله بجامعة القرويين بفاس، عبد الرحيم التمسماني، أن',
    'person',
    'عبد الرحيم التمسماني',
    'أستاذ الفقه وأصوله بجامعة القرويين بفاس',
  ],
  // What a body is for, with whom (للتضامن مع), is part of its name.
  [
    'رئيسة جمعية نور للتضامن مع المرأة القروية بإقليم الحوز، فاطمة الزهراء بوعزاوي، في تصريح',
    'person',
    'فاطمة الزهراء بوعزاوي',
    'رئيسة جمعية نور للتضامن مع المرأة القروية بإقليم الحوز',
  ],
  // Occupations: a ship's captain, a bride.
  ['قبطان السفينة، النرويجي لارس-إريك هولم، إن', 'person', 'لارس-إريك هولم', 'قبطان السفينة'],
  ['العروس إسراء (22 عاماً)', 'person', 'إسراء', 'العروس'],
  // علي written with its ي where the name plainly ends is Ali.
  ['علي، مضيفاً', 'person', 'علي', null],
  ['علي إن', 'person', 'علي', null],
  // A foreign given name of a present verb's shape with ف, set off by commas.
  [
    'المندوبة البريطانية الدائمة، فيونا ماكاليستر، إن',
    'person',
    'فيونا ماكاليستر',
    'المندوبة البريطانية الدائمة',
  ],
  // Any short word before الدين or الله inside a name is one name in two words.
  ['مستشار الحاكم آدم هارون بحر الدين إن', 'person', 'آدم هارون بحر الدين', 'مستشار الحاكم'],
  ['مدير المدرسة محمد قسم الله أحمد إن', 'person', 'محمد قسم الله أحمد', 'مدير المدرسة'],
  // Given names of Sudan and the Maghreb.
  [
    'منسق الرحلة في أسوان، بكري الزين محمد، إن',
    'person',
    'بكري الزين محمد',
    'منسق الرحلة في أسوان',
  ],
  // A saint's word opens a place's name of two words.
  [
    'حاكم ولاية ساو باولو البرازيلية رودريغو ألميدا إلى',
    'person',
    'رودريغو ألميدا',
    'حاكم ولاية ساو باولو البرازيلية',
  ],
  // What a body is for, with whom, after a body's indefinite noun.
  [
    'رئيس جمعية التضامن مع اللاجئين في غازي عنتاب، محمود أصلان، إن',
    'person',
    'محمود أصلان',
    'رئيس جمعية التضامن مع اللاجئين في غازي عنتاب',
  ],
  // A long name whose last words no list knows, up to the comma that closes it.
  [
    'المقرر الخاص للأمم المتحدة المعني بالحق في حرية التجمع، التشيلي رودريغو فويندس باستيداس، عن',
    'person',
    'رودريغو فويندس باستيداس',
    'المقرر الخاص للأمم المتحدة المعني بالحق في حرية التجمع',
  ],
  [
    'وكيل الوزارة، الدكتور صلاح الدين موسى كرم الله، إن',
    'person',
    'صلاح الدين موسى كرم الله',
    'وكيل الوزارة',
  ],
  // A relative clause in the role's tail whose word of a participle's shape says nothing
  // (مقراً, the seat), then the name between commas.
  [
    'وزير المالية في الحكومة السودانية التي تتخذ من بورتسودان مقراً مؤقتاً، عبد الرحيم عثمان الطاهر، إن',
    'person',
    'عبد الرحيم عثمان الطاهر',
    'وزير المالية في الحكومة السودانية',
  ],
  // After a father's given name with the article, a second family word where the name ends.
  ['رئيس الغرفة منصور العبد اللطيف إن', 'person', 'منصور العبد اللطيف', 'رئيس الغرفة'],
  ['عضو المجلس عبد الإله المحمد النايف إن', 'person', 'عبد الإله المحمد النايف', 'عضو المجلس'],
  // (Not an object after a family name: the scene.)
  ['الخبير عبد الرحمن الشهري المشهد بأنه', 'person', 'عبد الرحمن الشهري', 'الخبير'],
  // A name between commas from a known given name on, before where it was said.
  ['رئيس المجلس، خالد الكبير، في تصريح', 'person', 'خالد الكبير', 'رئيس المجلس'],
  ['رئيس المجلس، خالد الكبير، عقب الاجتماع', 'person', 'خالد الكبير', 'رئيس المجلس'],
  // After a family word with the article, a verbal noun with a possessive is the object.
  [
    'المهاجم السوداني أبو بكر عبد الرحيم محمد الحسن تألقه في الدوري',
    'person',
    'أبو بكر عبد الرحيم محمد الحسن',
    'المهاجم السوداني',
  ],
  // (Not a family name that ends in ه: زنكنه.)
  ['الناشطة شيلان عبد الرحمن زنكنه إن', 'person', 'شيلان عبد الرحمن زنكنه', 'الناشطة'],
])('session 50: %s', (phrase, kind, name, role) => {
  expect(read(phrase)).toEqual({ kind, name, role });
});

test.each([
  // The country a border faces is part of the office's name.
  [
    'مدير معبر باب السلامة الحدودي مع تركيا، أبو بكر حسين العمر، إن',
    'person',
    'أبو بكر حسين العمر',
    'مدير معبر باب السلامة الحدودي مع تركيا',
  ],
  [
    'مدير المنافذ الحدودية مع الأردن، خالد العلي، إن',
    'person',
    'خالد العلي',
    'مدير المنافذ الحدودية مع الأردن',
  ],
  // A king's name in what was named after him; the holder is the one after the comma.
  [
    'الطبيبة الشرعية بالمركز الاستشفائي الجامعي الحسن الثاني، سلمى التازي، أمام',
    'person',
    'سلمى التازي',
    'الطبيبة الشرعية بالمركز الاستشفائي الجامعي الحسن الثاني',
  ],
  // (The king himself, with no role before him, is still read.)
  ['الملك محمد السادس، أمام', 'person', 'محمد السادس', null],
  // ف on a known given name that opens a sentence is the conjunction.
  ['فسعاد محمود عوض، وهي أم لخمسة أطفال، تروي', 'person', 'سعاد محمود عوض', null],
  // (Not a name of its own that opens with ف.)
  ['فادي محمود عوض، وهو أب لخمسة أطفال، يروي', 'person', 'فادي محمود عوض', null],
  // مختار in construct with a place is the headman's office; alone before a family name, a
  // given name.
  [
    'مختار مخيم الحسين، الحاج عبد الفتاح موسى العبوشي:',
    'person',
    'عبد الفتاح موسى العبوشي',
    'مختار مخيم الحسين',
  ],
  ['مختار القرية خالد العلي إن', 'person', 'خالد العلي', 'مختار القرية'],
  ['مختار العلي إن', 'person', 'مختار العلي', null],
  // A derived verbal noun with a possessive after a family word is the verb's object.
  ['ياسين بلعربي امتعاضه من القرار', 'person', 'ياسين بلعربي', null],
  // A title after someone named on the way introduces the other party, not the role's holder.
  [
    'المحامي بالنقض أشرف رمضان الطوخي ببلاغ إلى النائب العام ضد الفنان كريم عادل الدسوقي، يتهمه',
    'person',
    'أشرف رمضان الطوخي',
    'المحامي بالنقض',
  ],
  // A project's name in construct, a verbal noun first, is part of the office.
  [
    'مدير مشروع إعادة إعمار المخيم في الأونروا، المهندس يوسف بن عمر بوزيان، إن',
    'person',
    'يوسف بن عمر بوزيان',
    'مدير مشروع إعادة إعمار المخيم في الأونروا',
  ],
  // A parliamentary bloc goes by its noun and its quoted name together.
  ['كتلة "الوفاق الوطني" في بيان إن', 'body', 'كتلة "الوفاق الوطني"', null],
])('session 51: %s', (phrase, kind, name, role) => {
  expect(read(phrase)).toEqual({ kind, name, role });
});

test.each<[string, string, string | null, string | null]>([
  // A place named after someone with بن: the holder's name follows the patron's.
  [
    'أستاذ الآثار الكلاسيكية في جامعة الحسين بن طلال مازن عودة الرواشدة إن',
    'person',
    'مازن عودة الرواشدة',
    'أستاذ الآثار الكلاسيكية في جامعة الحسين بن طلال',
  ],
  ['مدير مستشفى الحسين بن طلال إن', 'role', null, 'مدير مستشفى الحسين بن طلال'],
  // A country's name ends a body's chain; وسائل is a noun of its own, no و-joined one.
  ['نقابة أطباء مصر وسائل الإعلام بالتوقف', 'body', 'نقابة أطباء مصر', null],
  // A known given name, then a family name of two joined by a hyphen: the name, and it ends
  // there (a hyphenated first name after unknown words still opens the name).
  [
    'الصحفية السورية-الألمانية لانا حداد-شولتس حلقات بودكاست',
    'person',
    'لانا حداد-شولتس',
    'الصحفية السورية-الألمانية',
  ],
  [
    'الرئيس التنفيذي لشركة هيلدبرانت إنرجي كلاوس-ديتر فاغنر إن',
    'person',
    'كلاوس-ديتر فاغنر',
    'الرئيس التنفيذي لشركة هيلدبرانت إنرجي',
  ],
  // After a body's name and its genitive, a noun a verb takes, or a verbal noun, is its object.
  ['حركة الشباب الهجوم في بيان', 'body', 'حركة الشباب', null],
  ['نادي مولودية الجزائر التعاقد مع المهاجم', 'body', 'نادي مولودية الجزائر', null],
  [
    'وزارة التربية والتعليم والتعليم العالي في بيان',
    'body',
    'وزارة التربية والتعليم والتعليم العالي',
    null,
  ],
  ['مسرور بارزاني الهجوم في تغريدة', 'person', 'مسرور بارزاني', null],
  // One word of a plural's shape after a role is the verb's object, no name.
  ['الوزير تقارير المنظمات الدولية بأنها', 'role', null, 'الوزير'],
  // After a given name the lists know, a Maghrebi family name that opens with ل and ends in ة,
  // where the name visibly closes: the family name, not "to" someone.
  ['سمير لعمامرة، إن', 'person', 'سمير لعمامرة', null],
  ['سمير لزوجته، إن', 'person', 'سمير', null],
  // A Maghrebi family name that opens with بن or بو right after an office of one word.
  ['الوزير بنشقرون إن', 'person', 'بنشقرون', 'الوزير'],
  ['المدير ببنغازي إن', 'role', null, 'المدير'],
  // A foreign family name that opens like و and the article, after a given name, where the
  // name visibly ends; a role or a word the lists know after و is a second one.
  [
    'المتحدثة باسم البيت الأبيض جنيفر والتون:',
    'person',
    'جنيفر والتون',
    'المتحدثة باسم البيت الأبيض',
  ],
  ['فاطمة والمديرة إن', 'person', 'فاطمة', null],
])('session 52: %s', (phrase, kind, name, role) => {
  expect(read(phrase)).toEqual({ kind, name, role });
});

test.each([
  // [phrase after the verb, kind, name, role]
  // Church titles before a name are no part of it; a church's offices and bodies head a
  // role chain.
  ['نيافة الأنبا زوسيما، في مداخلة', 'person', 'زوسيما', null],
  ['الكاردينال مار يوحنا بطرس عازار، في عظة', 'person', 'يوحنا بطرس عازار', null],
  ['غبطة البطريرك مار لويس ساكو إن', 'person', 'لويس ساكو', 'البطريرك'],
  [
    'رئيس أساقفة صيدا ودير القمر للروم الملكيين الكاثوليك، المطران نقولا إلياس عبّود، إن',
    'person',
    'نقولا إلياس عبّود',
    'رئيس أساقفة صيدا ودير القمر للروم الملكيين الكاثوليك',
  ],
  [
    'راعي أبرشية صيدا ودير القمر المارونية المطران جوزيف نعمة الله طربيه في عظته',
    'person',
    'جوزيف نعمة الله طربيه',
    'راعي أبرشية صيدا ودير القمر المارونية',
  ],
  [
    'شيخ عقل طائفة الموحدين الدروز الشيخ سامي أبي المنى إن',
    'person',
    'سامي أبي المنى',
    'شيخ عقل طائفة الموحدين الدروز',
  ],
  ['بطريركية الروم الأرثوذكس في القدس إن', 'body', 'بطريركية الروم الأرثوذكس', null],
  ['المرجع الديني الأعلى علي السيستاني إن', 'person', 'علي السيستاني', 'المرجع الديني الأعلى'],
  // (مار and بابا are names elsewhere: not a title after a given name.)
  ['حسن البابا إن', 'person', 'حسن البابا', null],
  ['بابا ولد الشيخ سيديا إن', 'person', 'بابا ولد الشيخ سيديا', null],
  // مختار before a village or a quarter is its headman; alone it is a given name.
  ['مختار بلدة كفركلا، أبو جميل حداد، إن', 'person', 'أبو جميل حداد', 'مختار بلدة كفركلا'],
  ['مختار حي الميدان أبو خالد إن', 'person', 'أبو خالد', 'مختار حي الميدان'],
  ['مختار الحي، أبو عدنان الزعبي، أن', 'person', 'أبو عدنان الزعبي', 'مختار الحي'],
  ['مختار أحد المخيمات، أبو أحمد الزهوري.', 'person', 'أبو أحمد الزهوري', 'مختار أحد المخيمات'],
  ['مختار الصالح إن', 'person', 'مختار الصالح', null],
  ['المختار ولد بوسيف إن', 'person', 'المختار ولد بوسيف', null],
  // A verbal noun joined by و to the first of a role's or a body's ل tail shares its genitive.
  [
    'المدير العام لإدارة واستثمار مرفأ بيروت سامي فؤاد الخوري إن',
    'person',
    'سامي فؤاد الخوري',
    'المدير العام لإدارة واستثمار مرفأ بيروت',
  ],
  [
    'الشركة المصرية لإدارة وتشغيل مترو الأنفاق في بيان',
    'body',
    'الشركة المصرية لإدارة وتشغيل مترو الأنفاق',
    null,
  ],
  // A guide is an office (المرشد الأعلى فلان); indefinite and described, someone unnamed; a
  // given name too, inside a name.
  ['المرشد الأعلى علي خامنئي إن', 'person', 'علي خامنئي', 'المرشد الأعلى'],
  ['مرشد بحري يعمل في الهيئة، طلب عدم ذكر اسمه، إن', 'anonymous', null, 'مرشد بحري'],
  ['بلقيس مرشد العبسي إن', 'person', 'بلقيس مرشد العبسي', null],
  // A broadcaster is an office (not the radio station, a body); the listeners a verb
  // addresses after a name are its object.
  [
    'الإذاعية المصرية إيناس عبد المنعم حجازي مستمعي إذاعة',
    'person',
    'إيناس عبد المنعم حجازي',
    'الإذاعية المصرية',
  ],
  // The place someone came in ends their name.
  ['المغربية خديجة أيت الحاج ثانية، بفارق', 'person', 'خديجة أيت الحاج', 'المغربية'],
])('session 53: %s', (phrase, kind, name, role) => {
  expect(read(phrase)).toEqual({ kind, name, role });
});
