import { normalizeArabic } from './normalize';

// Function words of news Arabic, folded the way normalizeArabic folds them.
const WORDS = `
في من على إلى الى عن مع أن إن أنه إنه أنها إنها أنّ لأن كان كانت يكون تكون كانوا
هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين ما ماذا لا لم لن قد ثم أو أم بل
و ف ب ل ك هو هي هم هن أنا نحن أنت انت كل بعض غير بين حتى حين عند عندما لدى منذ
خلال بعد قبل أمام فوق تحت حول ضد دون عبر نحو إذا اذا لو كما أي أيّ أيضا أيضاً ايضا
قال وقال قالت وقالت أكد وأكد أضاف وأضاف يوم اليوم أمس العام عام وفي فيما التى وهو وهي
لها له لهم به بها فيه فيها عليه عليها منه منها إليه اليه إليها وأن وإن ولا وما ومن وعلى
كذلك هناك هنا حيث أين كيف متى لقد إلا الا سوى أكثر أقل جدا جداً مثل وقد أنّه إنّ
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter(Boolean)
    .map((word) => normalizeArabic(word)),
);

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}
