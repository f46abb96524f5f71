import { Flex } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionTitle } from '../../../ui/SectionTitle';
import { useCurrentUser } from '../../auth/useSession';
import { AdminHome } from '../components/AdminHome';
import { DeveloperHome } from '../components/DeveloperHome';
import { ManagerHome } from '../components/ManagerHome';
import { WelcomeBanner } from '../components/WelcomeBanner';
import type { HomeView } from '../homeViews';
import { homeViewsFor } from '../homeViews';

const viewComponents: Record<HomeView, ComponentType> = {
  admin: AdminHome,
  manager: ManagerHome,
  developer: DeveloperHome,
};

/** The start page: a greeting, then the blocks of the user's role (see `homeViewsFor`). */
export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const views = homeViewsFor(user.role);

  return (
    <Flex vertical gap={24}>
      <WelcomeBanner />
      {views.map((view) => {
        const View = viewComponents[view];
        return (
          <div key={view}>
            {views.length > 1 && <SectionTitle>{t(`homePage.sections.${view}`)}</SectionTitle>}
            <View />
          </div>
        );
      })}
    </Flex>
  );
}
