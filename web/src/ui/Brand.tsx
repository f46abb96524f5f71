import { useTranslation } from 'react-i18next';
import { brandColor } from '../app/theme';

export interface BrandProps {
  collapsed?: boolean;
  /** `light` text on dark backgrounds. */
  tone?: 'light' | 'dark';
}

/** The product mark and name (plain markup: it is on the login page too). */
export function Brand({ collapsed = false, tone = 'light' }: BrandProps) {
  const { t } = useTranslation();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 10 }}>
      <span
        aria-hidden
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: 34,
          height: 34,
          borderRadius: 9,
          background: `linear-gradient(135deg, ${brandColor}, #597ef7)`,
          color: '#fff',
          fontWeight: 700,
          fontSize: 15,
          flexShrink: 0,
          boxShadow: '0 4px 12px rgba(47,84,235,.35)',
        }}
      >
        IT
      </span>
      {!collapsed && (
        <span
          style={{
            color: tone === 'light' ? '#fff' : 'rgba(0,0,0,.88)',
            fontSize: 17,
            fontWeight: 600,
            whiteSpace: 'nowrap',
          }}
        >
          {t('app.name')}
        </span>
      )}
    </span>
  );
}
