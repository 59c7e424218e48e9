import type { i18n as I18n, TFunction } from 'i18next';
import { StrictMode, type ReactNode } from 'react';
import { SettingsProvider } from '../features/settings/settings-context';
import { TranslationProvider } from '../i18n/use-t';

export function AppProviders({
  i18n,
  fixedT,
  children,
}: {
  i18n: I18n;
  fixedT?: (i18n: I18n, language: string) => TFunction;
  children: ReactNode;
}) {
  return (
    <StrictMode>
      <TranslationProvider i18n={i18n} fixedT={fixedT}>
        <SettingsProvider>{children}</SettingsProvider>
      </TranslationProvider>
    </StrictMode>
  );
}
