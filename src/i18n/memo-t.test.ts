import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import en from './locales/en.json';
import { memoizedT } from './memo-t';

describe('memoizedT', () => {
  it('gives what i18next gives, for every plural form and a formatted date', () => {
    const i18n = createI18n('ar');
    const plain = i18n.getFixedT('ar');
    const t = memoizedT(i18n, 'ar');
    for (const count of [0, 1, 2, 3, 11, 100, 101, 2, 1]) {
      expect(t('search.resultCount', { count })).toBe(plain('search.resultCount', { count }));
    }
    for (const date of ['2024-11-07', '2025-01-03', '2024-11-07']) {
      expect(t('date.gregorian', { date })).toBe(plain('date.gregorian', { date }));
    }
    expect(t('search.resultCount', { count: 2 })).not.toBe(t('search.resultCount', { count: 11 }));
  });

  it('is one function a language, and languages do not share answers', () => {
    const i18n = createI18n('ar', { en });
    expect(memoizedT(i18n, 'ar')).toBe(memoizedT(i18n, 'ar'));
    expect(memoizedT(i18n, 'en')('search.resultCount', { count: 2 })).toBe(
      i18n.getFixedT('en')('search.resultCount', { count: 2 }),
    );
    expect(memoizedT(i18n, 'ar')('search.resultCount', { count: 2 })).not.toBe(
      memoizedT(i18n, 'en')('search.resultCount', { count: 2 }),
    );
  });

  it('does not remember a missing string, so a bundle added later is seen', () => {
    const i18n = createI18n('en', { en });
    const t = memoizedT(i18n, 'en');
    expect(t('later.label' as never)).toBe('later.label');
    i18n.addResourceBundle('en', 'translation', { later: { label: 'Now here' } }, true, false);
    expect(t('later.label' as never)).toBe('Now here');
  });

  it('does not take options apart that are not plain values', () => {
    const i18n = createI18n('en', { en });
    const t = memoizedT(i18n, 'en');
    const first = t('search.resultCount', { count: 1, extra: { nested: true } } as never);
    expect(first).toBe(i18n.getFixedT('en')('search.resultCount', { count: 1 }));
  });
});
