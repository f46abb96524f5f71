import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../../../api/apiError';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { FormDrawer } from '../../../ui/FormDrawer';
import type { ContactDetailRow } from '../contactDetails';
import { ContactDetailsEditor } from './ContactDetailsEditor';

interface Values {
  contactDetails: ContactDetailRow[];
}

function renderEditor(onSubmit: (values: Values) => Promise<unknown>, rows: ContactDetailRow[]) {
  renderWithProviders(
    <FormDrawer<Values>
      name="test"
      open
      title="Details"
      initialValues={{ contactDetails: rows }}
      onSubmit={onSubmit}
      onClose={() => undefined}
    >
      <ContactDetailsEditor />
    </FormDrawer>,
  );
}

describe('ContactDetailsEditor', () => {
  it('checks each value by its kind before saving', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    renderEditor(onSubmit, [
      { kind: 'email', value: 'olena@', network: null, label: null },
      { kind: 'social', value: '@olena', network: null, label: null },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Enter an e-mail address, e.g. name@company.com'),
    ).toBeInTheDocument();
    expect(screen.getByText('Name the network')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a server error on the row it names', async () => {
    const onSubmit = vi.fn(() =>
      Promise.reject(
        new ApiError({
          status: 400,
          code: 'VALIDATION_FAILED',
          fieldErrors: [{ path: 'contactDetails.1.value', message: 'Not a phone number' }],
        }),
      ),
    );
    renderEditor(onSubmit, [
      { kind: 'email', value: 'olena@acme.com', network: null, label: null },
      { kind: 'phone', value: '+380 67 123 4567', network: null, label: null },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const row = await screen.findByTestId('contact-detail-1');
    await waitFor(() => expect(within(row).getByText('Not a phone number')).toBeInTheDocument());
    expect(within(row).getByRole('textbox', { name: /^Phone/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(
      within(screen.getByTestId('contact-detail-0')).queryByText('Not a phone number'),
    ).toBeNull();
  });

  it('adds and removes rows', async () => {
    renderEditor(() => Promise.resolve(), []);
    expect(screen.getByText(/No contact details yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Add contact detail/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /Social network/ }));
    expect(
      screen.getByRole('combobox', { name: 'Network (contact detail 1)' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove contact detail 1' }));
    expect(screen.queryByTestId('contact-detail-0')).toBeNull();
  });
});
