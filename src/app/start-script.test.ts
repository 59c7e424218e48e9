import { expect, test } from 'vitest';
import { APP_START_SCRIPT, deferAppScript } from './start-script';

const PAGE = [
  '<html><head>',
  '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
  '<link rel="stylesheet" crossorigin href="/assets/index-def.css">',
  '</head><body><div id="root"></div></body></html>',
].join('');

test('the app module script becomes a preload the start script can find, nothing else changes', () => {
  const deferred = deferAppScript(PAGE);
  expect(deferred).toBe(
    PAGE.replace(
      '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
      '<link rel="modulepreload" crossorigin href="/assets/index-abc.js" data-app-start>',
    ),
  );
  expect(() => deferAppScript('<html></html>')).toThrow('found 0');
  expect(() => deferAppScript(PAGE + PAGE)).toThrow('found 2');
});

/** A document, frames and tasks that run only when the test says so. */
function fakePage(visibilityState: string, withLink = true) {
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const added: { type: string; crossOrigin: string | null; src: string }[] = [];
  const document = {
    visibilityState,
    querySelector: (selector: string) =>
      withLink && selector === 'link[data-app-start]'
        ? { href: 'http://127.0.0.1/assets/index-abc.js' }
        : null,
    createElement: () => ({ type: '', crossOrigin: null as string | null, src: '' }),
    head: { appendChild: (element: (typeof added)[number]) => added.push(element) },
  };
  new Function('document', 'requestAnimationFrame', 'setTimeout', APP_START_SCRIPT)(
    document,
    (callback: () => void) => frames.push(callback),
    (callback: () => void) => tasks.push(callback),
  );
  const run = (queue: (() => void)[]) => queue.splice(0).forEach((callback) => callback());
  return { added, runFrame: () => run(frames), runTasks: () => run(tasks) };
}

test('on a visible page the app starts in a task after the next frame, not before', () => {
  const page = fakePage('visible');
  page.runTasks();
  expect(page.added).toEqual([]);
  page.runFrame();
  expect(page.added).toEqual([]);
  page.runTasks();
  expect(page.added).toEqual([
    { type: 'module', crossOrigin: '', src: 'http://127.0.0.1/assets/index-abc.js' },
  ]);
});

test('a hidden page, which paints no frame, starts the app in the next task', () => {
  const page = fakePage('hidden');
  page.runTasks();
  expect(page.added).toHaveLength(1);
});

test('without the preload (the development server) the script adds nothing', () => {
  const page = fakePage('visible', false);
  page.runFrame();
  page.runTasks();
  expect(page.added).toEqual([]);
});
