/**
 * The app starts after the page's first paint. The build turns the app's module script into
 * a `<link rel="modulepreload" data-app-start>` (vite.config.ts): the browser fetches and
 * compiles the module with the page, off the main thread, and runs nothing. This inline
 * script, last in <body> and allowed by its hash in the Content-Security-Policy
 * (scripts/security.ts), adds the module script itself once a frame has been painted: a
 * frame callback runs just before that frame's paint, and a task queued from it just after.
 * A hidden page paints no frame, so there the script is added at once.
 *
 * Why: evaluating the app (React, the router, the strings) takes 80 to 150 ms on a slow
 * phone. A module script in the page runs as soon as the document is parsed, and now and
 * then that came before the first paint, which then waited for it (bench/README.md).
 *
 * Plain ES5, the same bytes in every process that hashes or inserts it. Without the link
 * (the development server serves the module script as it is) it does nothing.
 */
export const APP_START_ATTRIBUTE = 'data-app-start';

export const APP_START_SCRIPT = `(function(){var l=document.querySelector("link[${APP_START_ATTRIBUTE}]");if(!l)return;function s(){var e=document.createElement("script");e.type="module";e.crossOrigin="";e.src=l.href;document.head.appendChild(e)}if(document.visibilityState==="visible")requestAnimationFrame(function(){setTimeout(s,0)});else setTimeout(s,0)})()`;

/**
 * The built page with its app module script turned into a preload that APP_START_SCRIPT
 * runs: `<script type="module" crossorigin src="X"></script>` → `<link rel="modulepreload"
 * crossorigin href="X" data-app-start>`. Throws unless there is exactly one such script.
 */
export function deferAppScript(html: string): string {
  const pattern = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;
  const found = html.match(pattern) ?? [];
  if (found.length !== 1)
    throw new Error(`expected one module script in the page, found ${found.length}`);
  return html.replace(
    pattern,
    (_script, src: string) =>
      `<link rel="modulepreload" crossorigin href="${src}" ${APP_START_ATTRIBUTE}>`,
  );
}
