/** The loader data a prerendered page was built with, embedded as inert JSON (no inline script runs). */
export interface HydrationPayload {
  path: string;
  loaderData: Record<string, unknown>;
}

export const HYDRATION_ELEMENT_ID = 'qiraa-hydration';

/** JSON safe to place inside a <script type="application/json">: no `</script>` can close it. */
export function serializeHydration(payload: HydrationPayload): string {
  return JSON.stringify(payload)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function readHydration(doc: Document): HydrationPayload | null {
  const element = doc.getElementById(HYDRATION_ELEMENT_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as HydrationPayload;
  } catch {
    return null;
  }
}
