/**
 * Whether a key press belongs to a field the reader is typing in: shortcuts (`/`, j/k, n/p)
 * leave those keys alone. A checkbox, radio, button or slider takes no text, so a key pressed
 * on one is the reader's to have: a checkbox that kept focus after its dialog closed (focus
 * is fixed up only at the next frame) must not swallow the next shortcut.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return takesText(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

// The input types that take no typed text.
const NO_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'image',
  'range',
  'color',
  'file',
  'hidden',
]);

/** Whether an `<input>` of this type takes typed text (an unknown type is a text field). */
export function takesText(type: string): boolean {
  return !NO_TEXT.has(type.toLowerCase());
}
