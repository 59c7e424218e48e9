import 'i18next';
import type ar from './locales/ar.json';
import type keyboard from '../features/keyboard/locales/ar.json';
import type readerSettings from '../features/settings/locales/ar.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    // The keyboard help's and the settings panel's strings ship with their own chunks (added
    // to the bundle when they load).
    resources: {
      translation: typeof ar & { keyboard: typeof keyboard; readerSettings: typeof readerSettings };
    };
    returnNull: false;
  }
}
