/** The loader data a prerendered page was built with, embedded as inert JSON (no inline script runs). */
export interface HydrationPayload {
  path: string;
  loaderData: Record<string, unknown>;
  /** The dates the page wrote, as it wrote them (src/lib/format.ts). */
  dates?: Record<string, string>;
}

export const HYDRATION_ELEMENT_ID = 'qiraa-hydration';

/** JSON safe to place inside a <script type="application/json">: no `</script>` can close it. */
export function serializeHydration(payload: HydrationPayload): string {
  // One pass over the text (every prerendered page has one or more of these).
  return JSON.stringify(payload).replace(UNSAFE_IN_SCRIPT, (char) => ESCAPES[char]);
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function readHydration(doc: Document): HydrationPayload | null {
  const element = doc.getElementById(HYDRATION_ELEMENT_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as HydrationPayload;
  } catch {
    return null;
  }
}
