import 'i18next';
import type ar from './locales/ar.json';
import type keyboard from '../features/keyboard/locales/ar.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    // The keyboard help's strings ship with its own chunk (added to the bundle when it loads).
    resources: { translation: typeof ar & { keyboard: typeof keyboard } };
    returnNull: false;
  }
}
