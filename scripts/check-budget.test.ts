import { expect, test } from 'vitest';
import { initialFiles } from './check-budget';

test('the initial files are the entry and its static imports, not lazy chunks', () => {
  const files = initialFiles({
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      imports: ['_shared.js'],
      css: ['assets/index.css'],
    },
    '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
    'src/lazy.tsx': { file: 'assets/lazy.js', imports: ['_shared.js'], css: ['assets/lazy.css'] },
  });
  expect(files).toEqual({ js: ['assets/index.js', 'assets/shared.js'], css: ['assets/index.css'] });
});
