import { describe, expect, it } from 'vitest';
import { createI18n, ensureStrings, loadStrings } from './i18n';

describe('the interface strings of each language', () => {
  it('has Arabic from the start and loads English only when asked', async () => {
    const i18n = createI18n('ar');
    expect(i18n.t('app.name')).toBe('قراءة');
    expect(i18n.getResource('en', 'translation', 'app.name')).toBeUndefined();
    await ensureStrings(i18n, 'en');
    await i18n.changeLanguage('en');
    expect(i18n.t('app.name')).toBe('Qiraa');
    expect(i18n.t('list.quoteCount', { count: 2 })).toBe('2 quotes');
  });

  it('starts in English with the strings it is given, Arabic kept as the fallback', async () => {
    const i18n = createI18n('en', { en: await loadStrings('en') });
    expect(i18n.t('app.name')).toBe('Qiraa');
    await i18n.changeLanguage('ar');
    expect(i18n.t('list.quoteCount', { count: 2 })).toBe('اقتباسان');
  });

  it('keeps strings a chunk added to a language that had none (the keyboard help)', async () => {
    const i18n = createI18n('ar');
    i18n.addResourceBundle('en', 'translation', { keyboard: { title: 'Keys' } }, true, false);
    await ensureStrings(i18n, 'en');
    await i18n.changeLanguage('en');
    expect(i18n.t('app.name')).toBe('Qiraa');
    expect(i18n.getResource('en', 'translation', 'keyboard.title')).toBe('Keys');
  });
});
