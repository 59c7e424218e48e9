import type { Rng } from './prng';
import { ARABIC_MONTHS, ENGLISH_MONTHS, LEVANTINE_MONTHS } from './vocabulary';

export function ordinalSuffix(day: number): string {
  const lastTwo = day % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  switch (day % 10) {
    case 1:
      return 'st';
    case 2:
      return 'nd';
    case 3:
      return 'rd';
    default:
      return 'th';
  }
}

/** month is 1-based. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ARABIC_INDIC_ZERO = 0x0660;

export function toArabicIndicDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 48 && code <= 57 ? String.fromCharCode(ARABIC_INDIC_ZERO + code - 48) : ch;
  }
  return out;
}

const LABEL = 'تاريخ النشر: ';

/** The publication-date line, or null when the document has none. */
export function dateLine(rng: Rng): string | null {
  const year = rng.between(2023, 2025);
  const month = rng.between(1, 12);
  const day = rng.between(1, daysInMonth(year, month));
  const r = rng.next();
  if (r < 0.72) {
    return `${LABEL}${day}${ordinalSuffix(day)}, ${ENGLISH_MONTHS[month - 1]} ${year} GMT`;
  }
  if (r < 0.8) return `${LABEL}${day} ${ARABIC_MONTHS[month - 1]} ${year}`;
  if (r < 0.85) return `${LABEL}${day} ${LEVANTINE_MONTHS[month - 1]} ${year}`;
  if (r < 0.9) {
    return `${LABEL}${toArabicIndicDigits(String(day))} ${ARABIC_MONTHS[month - 1]} ${toArabicIndicDigits(String(year))}`;
  }
  return null;
}
