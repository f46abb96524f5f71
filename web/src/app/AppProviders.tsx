import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import ukUA from 'antd/locale/uk_UA';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { http, session } from '../api/client';
import { createQueryClient } from './queryClient';
import { theme } from './theme';

export interface AppProvidersProps {
  children: ReactNode;
}

export function AppProviders({ children }: AppProvidersProps) {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();

  useEffect(() => http.startAutoRefresh(), []);

  // Whoever signs in next must not see the previous user's cached data.
  useEffect(
    () =>
      session.subscribe(() => {
        if (!session.getSnapshot()) queryClient.clear();
      }),
    [queryClient],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={i18n.language === 'uk' ? ukUA : enUS} theme={theme}>
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
