import { describe, expect, it } from 'vitest';
import { APP_LINK, APP_LINK_KEEP_SCROLL, APP_LINK_REPLACE, inAppNavigation } from './app-links';

const plain = {
  button: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
};
const here = {
  origin: 'https://news.example',
  pathname: '/ar/articles/abc',
  search: '',
  hash: '',
};
function anchor(href: string, attributes: string[] = [APP_LINK], target = '') {
  return { href, target, hasAttribute: (name: string) => attributes.includes(name) };
}

describe('inAppNavigation', () => {
  it('turns a plain click on an in-app link into a navigation to its path, query and fragment', () => {
    expect(
      inAppNavigation(plain, anchor('https://news.example/ar/search?q=%D8%A7#x'), here),
    ).toEqual({
      to: '/ar/search?q=%D8%A7#x',
      replace: false,
      preventScrollReset: false,
    });
  });

  it('leaves clicks with a modifier or another button to the browser (a new tab, a new window)', () => {
    for (const change of [
      { ctrlKey: true },
      { metaKey: true },
      { shiftKey: true },
      { altKey: true },
      { button: 1 },
    ])
      expect(
        inAppNavigation({ ...plain, ...change }, anchor('https://news.example/ar/'), here),
      ).toBeNull();
  });

  it('leaves a click already handled, a plain anchor, a download, another window and another site alone', () => {
    const link = anchor('https://news.example/ar/');
    expect(inAppNavigation({ ...plain, defaultPrevented: true }, link, here)).toBeNull();
    expect(inAppNavigation(plain, anchor('https://news.example/ar/', []), here)).toBeNull();
    expect(
      inAppNavigation(plain, anchor('https://news.example/ar/', [APP_LINK, 'download']), here),
    ).toBeNull();
    expect(
      inAppNavigation(plain, anchor('https://news.example/ar/', [APP_LINK], '_blank'), here),
    ).toBeNull();
    expect(inAppNavigation(plain, anchor('https://other.example/ar/'), here)).toBeNull();
    expect(
      inAppNavigation(plain, anchor('https://news.example/ar/', [APP_LINK], '_self'), here),
    ).not.toBeNull();
  });

  it('replaces the entry for a link to the very place the reader is at, or when the link asks to', () => {
    expect(
      inAppNavigation(plain, anchor('https://news.example/ar/articles/abc'), here)?.replace,
    ).toBe(true);
    expect(
      inAppNavigation(plain, anchor('https://news.example/ar/articles/abc#q1'), here)?.replace,
    ).toBe(false);
    const more = anchor('https://news.example/ar/search?q=x&shown=40', [
      APP_LINK,
      APP_LINK_REPLACE,
      APP_LINK_KEEP_SCROLL,
    ]);
    expect(inAppNavigation(plain, more, here)).toMatchObject({
      replace: true,
      preventScrollReset: true,
    });
  });
});
