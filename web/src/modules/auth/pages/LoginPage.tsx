import { CheckCircleFilled } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { session } from '../../../api/client';
import { Brand } from '../../../ui/Brand';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { LoginForm } from '../components/LoginForm';
import './LoginPage.css';

const highlights = ['clients', 'projects', 'team'] as const;

/** Kept light on purpose (plain markup, no Card/Typography): it is every visitor's first load. */
export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const redirected = !!(location.state as { from?: unknown } | null)?.from;
  const endReason = session.getEndReason();

  let notice: { type: 'info' | 'success'; text: string } | null = null;
  if (endReason === 'logout') notice = { type: 'success', text: t('auth.login.loggedOut') };
  else if (redirected) notice = { type: 'info', text: t('auth.login.signInToContinue') };

  return (
    <div className="login-page">
      <aside className="login-hero">
        <Brand />
        <div>
          <h2>{t('auth.login.heroTitle')}</h2>
          <p className="login-hero-text">{t('auth.login.heroText')}</p>
          <ul className="login-highlights">
            {highlights.map((key) => (
              <li key={key}>
                <CheckCircleFilled />
                {t(`auth.login.highlights.${key}`)}
              </li>
            ))}
          </ul>
        </div>
        <span className="login-hero-footer">{t('auth.login.footer')}</span>
      </aside>
      <main className="login-main">
        <div className="login-topbar">
          <span className="login-brand-compact">
            <Brand tone="dark" />
          </span>
          <LanguageSwitch />
        </div>
        <div className="login-center">
          <section className="login-card">
            <h1>{t('auth.login.title')}</h1>
            <p className="login-subtitle">{t('auth.login.subtitle')}</p>
            {notice && (
              <Alert type={notice.type} showIcon title={notice.text} style={{ marginBottom: 20 }} />
            )}
            <LoginForm />
          </section>
        </div>
      </main>
    </div>
  );
}
