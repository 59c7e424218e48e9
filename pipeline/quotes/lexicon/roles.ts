import { foldedSet } from './fold';

/**
 * Nouns that name a person's office or occupation: the head of a role chain
 * (وزير خارجية فرنسا، المتحدث باسم الكرملين). Masculine; the feminine (ة) is derived by the
 * lookup. Compared without the article and without و/ف.
 */
export const ROLE_HEADS = foldedSet(`
  وزير نائب رئيس مدير سفير قائد زعيم أمين مستشار عضو مندوب متحدث ناطق مساعد محافظ ملك أمير
  مبعوث خبير محلل كاتب مسؤول أستاذ باحث ناشط مدرب لاعب قاض قاضي طبيب محام محامي مراسل صحفي
  صحافي روائي فنان شاعر نقيب عميد مفوض منسق ممثل مؤسس مالك منتج مخرج ممثل رئيسة مدير عمدة
  حاكم والي معتمد قنصل ملحق مفتش مراقب مدع مدعي نائبة رئيس وكيل أمين مشرف مسؤول موظف عالم
  خبير مهندس مؤرخ أكاديمي ناقد مترجم سفيرة معلم مدرس طالب عامل مزارع صياد تاجر مستثمر
  قائم قيادي ضابط جنرال مقرر متطوع منظم مخرجة بطل بطلة حارس مهاجم مدافع لاعب كابتن
  مرشح مترشح معارض وسيط مفاوض مبعوث رجل سيدة ناشطة مدون مغرد إعلامي اقتصادي مسعف ممرض
  صيدلي جراح استشاري اختصاصي أخصائي نقابي برلماني نائبة عضوة زعيمة قاضية شيخ إمام مفتي مكلف
  محاسب مصور محاضر مذيع رب شريك مقدم سمسار
  بطريرك مطران كاهن أسقف مدير مديرة الرئيس المنسق المقرر المتحدثة قنصل مؤلف مغني مطرب
  ملحن فنانة رسام نحات مصور كبير كبيرة نجم نجمة ولي مريض مريضة جار جارة زوج زوجة شقيق شقيقة أخ أخت والد والدة ابن ابنة صديق
  زميل زميلة موكل موكلة صاحب ناظر قيم معد معاون صانع راعي داعي متنبئ دبلوماسي سيناتور موثق
  تقني
  عداء سباح ملاكم مصارع رباع دراج رائد نجل راحل فقيد عازف قائمقام خال خالة منشط موسيقار
  مسير آمر عم عمة حفيد حفيدة قائممقام مطور معالج محقق مدقق عاهل مقاول عاقل محرر صهر
  فاعل ضيف سكرتير موفد مصمم مفكر قس راهب حاخام داعية واعظ مؤذن منشد
  قبطان ربان بحار عروس عريس شرطي مأذون مؤثر مرجع مرشد إذاعي`);

/**
 * Titles that come before a name and are not part of it (الدكتور خالد العمري → خالد العمري).
 * Compared without the article.
 */
export const HONORIFICS = foldedSet(`
  سيد سيدة دكتور دكتورة د م أ مهندس مهندسة أستاذ أستاذة شيخ شيخة حاج حاجة لواء عميد عقيد مقدم رائد
  نقيب ملازم رقيب عريف فريق مشير أمير أميرة ملك ملكة سمو معالي فخامة سعادة الأب الأم الأخ الأخت الراحل الراحلة
  الفنان الفنانة الكابتن كابتن بروفيسور البروفيسور المستشار القاضي الإعلامي الإعلامية السفير
  الركن مولوي المولوي قاري متقاعد متقاعدة مولانا حجي حجية أسطى أسطا
  أنبا مار قمص كاردينال نيافة غبطة`);

/** A feminine role noun's masculine head: وزيرة → وزير. */
export function roleHeadOf(bare: string): string | null {
  if (bare.endsWith('ه') && ROLE_HEADS.has(bare.slice(0, -1))) return bare.slice(0, -1);
  if (ROLE_HEADS.has(bare)) return bare;
  // A kin or colleague with a possessive: جارها، زميله، شقيقتها (ة written ت).
  const lastChar = bare.charCodeAt(bare.length - 1);
  if (lastChar !== 0x647 && lastChar !== 0x627 && lastChar !== 0x645) return null; // ه ا م
  // (جدة is also the city of Jeddah: only جدها، جدته، جدتها are a grandparent.)
  if (bare === 'جده') return null;
  const owned = bare.match(/^(.{2,}?)(?:ه|ها|هم)$/u);
  if (owned && owned[1].length >= 2) {
    const stem = owned[1].endsWith('ت') ? `${owned[1].slice(0, -1)}ه` : owned[1];
    if (KIN.has(stem) || ROLE_HEADS.has(stem)) return stem.endsWith('ه') ? stem.slice(0, -1) : stem;
    if (stem.endsWith('ه') && ROLE_HEADS.has(stem.slice(0, -1))) return stem.slice(0, -1);
    // ابن أخيه: a brother takes ي before a possessive in the genitive.
    if (stem === 'اخي') return 'اخ';
  }
  return null;
}

/**
 * ابنه، والده written with ه, not ة: "his son", a kin with a possessive, which takes no
 * genitive after it (ابنه سفيان is his son Sufian; ابنة سفيان is Sufian's daughter).
 */
export function isOwnedKin(folded: string, raw: string): boolean {
  const plain = raw.replace(/[\u064B-\u0652\u0640]/gu, '');
  // جاره، جارها، زوجته، زميلهم: his, her, their (a kin with ة takes ت before them).
  const pronoun = /\u0647(?:\u0627|\u0645|\u0645\u0627)?$/u.exec(plain);
  if (!pronoun) return false;
  const stem = folded.slice(0, folded.length - pronoun[0].length);
  return KIN.has(stem) || (stem.endsWith('ت') && KIN.has(`${stem.slice(0, -1)}ه`));
}

const KIN = foldedSet(
  'جار جارة زوج زوجة شقيق شقيقة أخ أخت والد والدة ابن ابنة صديق صديقة زميل زميلة موكل نجل أرملة خال خالة عم عمة جد جدة حفيد حفيدة تلميذ تلميذة رفيق رفيقة مساعد مساعدة منافس منافسة خصم نظير نظيرة مواطن مواطنة شريك شريكة خطيب خطيبة صهر نسيب',
);

/**
 * Kin with the pronoun "my" (ابنتي، أمي، زوجي, folded), as a story's speakers say them about
 * their own family: never a word of a name met later (ابنتي رُبى is رُبى).
 */
export const MY_KIN =
  /^[وف]?(?:ابنتي|ابني|امي|ابي|زوجتي|زوجي|اختي|اخي|جدتي|جدي|عمي|عمتي|خالي|خالتي|حفيدتي|حفيدي|صديقي|صديقتي|والدي|والدتي)$/u;

/**
 * A parent or a grandparent named by the word alone (قال الأب، فردّت الجدة، تقول الأم): the
 * office it is (a father is والد) and the gender. Folded, with the article.
 */
export const KIN_ALONE: ReadonlyMap<string, { head: string; gender: 'm' | 'f' }> = new Map([
  ['الاب', { head: 'والد', gender: 'm' }],
  ['الام', { head: 'والد', gender: 'f' }],
  ['الجد', { head: 'جد', gender: 'm' }],
  ['الجده', { head: 'جد', gender: 'f' }],
]);

/** Uncle and aunt as a title of respect before a given name (عم سيد، خالة نجاة), folded. */
export const ELDER_TITLES = foldedSet('عم عمي خالة خالتي');

/**
 * ابنه، حفيدتها، لابنهما: a child with "his", "her" or "their two" on it; the groups are the
 * kin and the pronoun. Read on the raw word where it can be (ابنة, a daughter, folds to ابنه).
 */
export const CHILD_WITH_PRONOUN = /^[وفل]?(ابن|ابنت|نجل|حفيد|حفيدت)(ه|ها|هما)$/u;
