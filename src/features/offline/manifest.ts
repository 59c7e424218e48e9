/**
 * The web app manifests (one a language, so an installed app opens in the reader's language,
 * with its name, direction and start page) and the maskable icon made from the favicon. Pure;
 * vite.config.ts emits what this returns at build time.
 */
import type { Language } from '../../i18n/languages';

export const THEME_COLOR = '#78350f';
export const BACKGROUND_COLOR = '#f5f5f4';

export const manifestPath = (lang: Language) => `/manifest.${lang}.webmanifest`;
export const ICONS = { any: '/favicon.svg', maskable: '/icons/maskable.svg' };

const NAMES: Record<Language, { name: string; description: string }> = {
  ar: { name: 'قراءة', description: 'أخبار عربية، والاقتباسات منسوبة إلى أصحابها' },
  en: { name: 'Qiraa', description: 'Arabic news, with every quote attributed to who said it' },
};

export function webManifest(lang: Language): Record<string, unknown> {
  return {
    id: '/',
    name: NAMES[lang].name,
    short_name: NAMES[lang].name,
    description: NAMES[lang].description,
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    start_url: `/${lang}/`,
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: ICONS.any, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: ICONS.maskable, sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
    ],
  };
}

/**
 * A maskable icon from the favicon: the same drawing at 80 % on a full-bleed background, so
 * that a launcher's circle or squircle mask never cuts into it (its safe zone is the middle 80 %).
 */
export function maskableIcon(favicon: string): string {
  const open = favicon.match(/<svg\b[^>]*>/);
  const close = favicon.lastIndexOf('</svg>');
  const viewBox = open?.[0].match(/viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/);
  if (!open || close < 0 || !viewBox) throw new Error('the favicon is not an SVG with a viewBox');
  const [width, height] = [Number(viewBox[1]), Number(viewBox[2])];
  const inner = favicon.slice(open.index! + open[0].length, close);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${THEME_COLOR}"/>`,
    `<g transform="translate(${width * 0.1} ${height * 0.1}) scale(0.8)">${inner}</g>`,
    '</svg>',
  ].join('');
}
