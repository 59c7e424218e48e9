import { stripMarks } from '../../../src/lib/arabic/normalize';
import { foldedSet } from './fold';

/**
 * Frequent given names by gender: they tell a name's start where a role chain could
 * still run on, and a speaker's gender where no verb agrees with them. Not a gate: a
 * name that is not listed is still a name.
 */
const MALE_SOURCE = `
  تميم زايد هزاع طحنون خليفة جاسم حمدان رائد سيد سيدي لحسن فالح فالنتين فاليري فالتر
  محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد سعيد سعد سالم سليم سليمان سامي سمير
  سامر ياسر يوسف إبراهيم إسماعيل إسحاق يعقوب موسى عيسى داود زكريا يحيى طارق طلال عادل
  عماد عمار عمرو أيمن أنس أنور أسامة أمين أديب باسل باسم بشار بشير بكر بلال جمال جميل
  جلال جواد حازم حامد حمد حمدي حمزة حيدر خليل رامي رائد راشد رشيد رضا رياض زياد زيد
  زهير سلطان سلمان شادي شريف صالح صلاح صابر ضياء طه عادل عارف عاطف عبد فادي فارس فاروق
  فؤاد فهد فيصل فراس قاسم كريم كمال لؤي ماجد مازن مالك مجدي مراد مروان منصور منير مهدي
  ناصر نبيل نادر نزار نصر نضال نعيم نور نوري هاني هشام هيثم وائل وليد وسيم ياسين يونس
  جان بيير ميشال ميشيل جورج إيلي إلياس أنطوان شربل جوزيف بطرس نقولا فيليب هانس بيتر جون
  ديفيد مارك توماس أندرو فلاديمير سيرغي ديمتري دميتري إيمانويل أولاف تشارلز جيمس روبرت
  ماهر منذر معاذ معتز مؤمن نجيب وحيد هادي حاتم تامر توفيق ثامر جابر جعفر حبيب
  رفيق رمزي رؤوف زكي سفيان شاكر شوقي صادق صبري صفوان ضاحي عدنان عزيز عصام عفيف
  علاء غازي غسان فتحي فخري فريد قيس كامل لطفي ماهر محسن مختار مدحت معين منذر نايف نبيه
  نديم هاشم همام وجدي وفيق وهيب ياسر يزن أشرف إياد إيهاد أكرم أمجد أيوب بدر بسام
  إيهاب إسلام إكرام إياد تيسير جهاد حسام حمادة خميس رمضان سيف شهاب عزت عوض غالب فتحي لطيف مأمون محيي نواف
  إدريس حكيم حميد يزيد مهند أوس قصي ليث عامر عاصم منتصر معن مصعب وضاح ميلان غابرييل ماتيو لوكا
  كارلوس خوسيه أنطونيو ماركو باولو فرانسوا لوران نيكولا أوليفييه كريستوف ستيفان دانيال مايكل
  ريتشارد ويليام هنري كلاوس يوهان أليكسي إيفان بوريس نيكولاي يوري رحيم حمود روي آدم منصف
  مبارك سعود مشعل تركي عبيد ذياب مانع
  هارون`;
export const MALE_NAMES = foldedSet(MALE_SOURCE);

const FEMALE_SOURCE = `
  شيخة أميرة إيناس ملك فالنتينا فاليريا
  فاطمة عائشة خديجة زينب مريم مريام سارة سلمى ليلى لينا لين ريم رنا رانيا رشا رهف رولا
  ريما سعاد سناء سهى سهير سوسن سميرة سمية سلوى شيماء صفاء صباح ضحى عبير علا غادة
  فرح فدوى لبنى لمى ليال مها منى منال ميساء ميس نادية ناديا نجلاء نسرين نهى نوال نور
  هالة هبة هدى هند هيفاء وفاء ولاء ياسمين أمل أمينة أسماء آمنة آية إيمان بسمة بشرى بثينة
  جميلة حنان حياة خلود دعاء دلال رحاب رزان رغد روان زهرة زهراء سحر سمر شيرين عفاف فريدة
  كوثر لطيفة ماجدة مروة مي ميار نبيلة نجوى نسمة نيفين هيام وداد يسرى يارا جنى جود
  ماريا ماري آنا صوفي إيزابيل كاترين كاثرين أنجيلا أورسولا كريستين إيلينا ناتالي
  هيلغا أولغا كلير جوليا لوسي إلهام أحلام ابتسام انتصار تغريد ثريا جيهان حليمة خولة
  رقية روضة زكية سكينة سهام شهد صابرة عزة غدير فايزة مديحة منيرة نعيمة هناء وجدان
  لانا ديما دينا تالا جمانة رهام سوزان ندى نادين هيا لمياء رنين ريهام سجى تسنيم آلاء إسراء أسيل
  شذى عبلة رباب منار مرام ريتا كارمن لارا نانسي أروى بتول حلا دانة ساندرا كاتيا جيسيكا إيميلي
  نزهة ثورية سعيدة مليكة حفيظة فتيحة سعدية موزة سنية نجيبة فاطنة
  لولوة حصة نوف عنود جواهر غالية شما نورة بشاير رؤى إخلاص حواء`;
export const FEMALE_NAMES = foldedSet(FEMALE_SOURCE);

const asWritten = (source: string) => new Set(source.split(/\s+/).filter(Boolean).map(stripMarks));
const MALE_WRITTEN = asWritten(MALE_SOURCE);
const FEMALE_WRITTEN = asWritten(FEMALE_SOURCE);

/** The gender of a given name, by its folded form. */
export function genderOfGivenName(folded: string): 'm' | 'f' | null {
  if (MALE_NAMES.has(folded)) return 'm';
  if (FEMALE_NAMES.has(folded)) return 'f';
  return null;
}

/** The gender of a given name borne by one gender only (نور is a man's and a woman's: null). */
export function onlyGenderOfGivenName(folded: string): 'm' | 'f' | null {
  return MALE_NAMES.has(folded) && FEMALE_NAMES.has(folded) ? null : genderOfGivenName(folded);
}

/**
 * Whether a word is a given name as written, hamza and alef maqsura kept: علي is a name
 * where على is a preposition, آنا a name where أنا is a pronoun.
 */
export function isWrittenGivenName(raw: string): boolean {
  const written = stripMarks(raw);
  return MALE_WRITTEN.has(written) || FEMALE_WRITTEN.has(written);
}
