import type { i18n as I18n } from 'i18next';
import { StrictMode, type ReactNode } from 'react';
import { SettingsProvider } from '../features/settings/settings-context';
import { TranslationProvider } from '../i18n/use-t';

export function AppProviders({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return (
    <StrictMode>
      <TranslationProvider i18n={i18n}>
        <SettingsProvider>{children}</SettingsProvider>
      </TranslationProvider>
    </StrictMode>
  );
}
