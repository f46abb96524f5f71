import type { ThemeConfig } from 'antd';

export const brandColor = '#2f54eb';
export const siderBackground = '#0f1b3d';

export const theme: ThemeConfig = {
  zeroRuntime: true,
  token: {
    colorPrimary: brandColor,
    colorInfo: brandColor,
    borderRadius: 8,
    colorBgLayout: '#f4f6fb',
    fontFamily:
      "Inter, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: {
      siderBg: siderBackground,
      triggerBg: '#0b1530',
      headerBg: '#ffffff',
      headerHeight: 60,
      headerPadding: '0 24px',
    },
    Menu: {
      darkItemBg: siderBackground,
      darkSubMenuItemBg: '#0b1530',
      darkItemSelectedBg: brandColor,
      itemBorderRadius: 8,
      itemMarginInline: 8,
    },
    Table: {
      headerBg: '#fafbfe',
    },
  },
};
