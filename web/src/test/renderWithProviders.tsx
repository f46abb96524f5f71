import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { initI18n } from '../app/i18n';
import { registerModuleTranslations } from '../i18n/registerModules';

/** Renders inside the app's providers, in English, at the given URL. */
export function renderWithProviders(ui: ReactElement, { url = '/' }: { url?: string } = {}) {
  const i18n = initI18n();
  registerModuleTranslations();
  void i18n.changeLanguage('en');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <ConfigProvider>
        <AntApp>
          <MemoryRouter initialEntries={[url]}>{ui}</MemoryRouter>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>,
  );
}
