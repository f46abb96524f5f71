import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ChartCard } from './ChartCard';

interface Row {
  key: string;
  count: number;
}

function StatusCard() {
  const { t } = useTranslation();
  return (
    <ChartCard<Row>
      id="by-status"
      title={t('statistics.charts.clientsByStatus.title')}
      columns={[
        {
          key: 'status',
          title: t('statistics.columns.status'),
          value: (row) => t(`statistics.labels.clientStatus.${row.key as 'lead'}`),
        },
        { key: 'count', title: t('statistics.columns.clients'), value: (row) => row.count },
      ]}
      rows={[
        { key: 'lead', count: 1234 },
        { key: 'active', count: 2 },
      ]}
      rowKey={(row) => row.key}
      fileName="clients-by-status.csv"
    >
      <div>chart</div>
    </ChartCard>
  );
}

describe('ChartCard', () => {
  let blobs: Blob[];
  beforeEach(() => {
    blobs = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });

  it('switches between the chart and the table of its figures', async () => {
    renderWithProviders(<StatusCard />);
    expect(screen.getByText('chart')).toBeInTheDocument();
    await userEvent.click(screen.getByTitle('Table'));
    expect(screen.getByRole('columnheader', { name: 'Status' })).toBeInTheDocument();
    // Numbers in the table are formatted for the locale; the CSV keeps them raw.
    expect(screen.getByRole('cell', { name: '1,234' })).toBeInTheDocument();
  });

  it('exports the figures as CSV with headers in the interface language', async () => {
    renderWithProviders(<StatusCard />);
    await act(() => i18next.changeLanguage('uk'));
    await userEvent.click(screen.getByRole('button', { name: /CSV/ }));
    expect(blobs).toHaveLength(1);
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blobs[0] as Blob);
    });
    // The UTF-8 byte order mark Excel looks for.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe('\uFEFFСтатус,Клієнти\r\nПотенційний,1234\r\nАктивний,2\r\n');
    await act(() => i18next.changeLanguage('en'));
  });
});
