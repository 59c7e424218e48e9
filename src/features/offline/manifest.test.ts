import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { maskableIcon, webManifest } from './manifest';

test('a manifest a language: name, language, direction and start page', () => {
  expect(webManifest('ar')).toMatchObject({
    name: 'قراءة',
    lang: 'ar',
    dir: 'rtl',
    start_url: '/ar/',
    scope: '/',
  });
  expect(webManifest('en')).toMatchObject({
    name: 'Qiraa',
    lang: 'en',
    dir: 'ltr',
    start_url: '/en/',
  });
  const purposes = (webManifest('ar').icons as { purpose: string }[]).map((icon) => icon.purpose);
  expect(purposes).toEqual(['any', 'maskable']);
});

test('the maskable icon is the favicon at 80 % on a full-bleed background', () => {
  const favicon = readFileSync(new URL('../../../public/favicon.svg', import.meta.url), 'utf8');
  const icon = maskableIcon(favicon);
  expect(icon).toMatch(
    /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#78350f"\/>/,
  );
  expect(icon).toContain('<g transform="translate(6.4 6.4) scale(0.8)">');
  expect(icon).toContain('>ق</text>');
  expect(() => maskableIcon('<png/>')).toThrow(/favicon/);
});
