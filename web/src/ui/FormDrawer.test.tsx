import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, Input } from 'antd';
import { ApiError } from '../api/apiError';
import { renderWithProviders } from '../test/renderWithProviders';
import { FormDrawer } from './FormDrawer';

interface Values {
  username: string;
  email: string;
}

function renderDrawer(onSubmit: (values: Values) => Promise<unknown>, onClose = vi.fn()) {
  renderWithProviders(
    <FormDrawer<Values>
      name="test"
      open
      title="Edit"
      initialValues={{ username: 'olena', email: 'olena@example.com' }}
      onSubmit={onSubmit}
      onClose={onClose}
      codeFields={{ USERNAME_TAKEN: 'username' }}
    >
      <Form.Item name="username" label="User name">
        <Input />
      </Form.Item>
      <Form.Item name="email" label="E-mail">
        <Input />
      </Form.Item>
    </FormDrawer>,
  );
  return { onClose };
}

describe('FormDrawer', () => {
  it('submits the values and closes', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    const { onClose } = renderDrawer(onSubmit);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith({ username: 'olena', email: 'olena@example.com' });
  });

  it('shows server validation errors under their fields and stays open', async () => {
    const onSubmit = vi.fn(() =>
      Promise.reject(
        new ApiError({
          status: 400,
          code: 'VALIDATION_FAILED',
          fieldErrors: [{ path: 'email', message: 'Invalid email address' }],
        }),
      ),
    );
    const { onClose } = renderDrawer(onSubmit);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Invalid email address')).toBeInTheDocument();
    const emailInput = screen.getByLabelText(/^E-mail/);
    expect(emailInput).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('puts a conflict code on its field in the current language', async () => {
    const onSubmit = vi.fn(() =>
      Promise.reject(new ApiError({ status: 409, code: 'USERNAME_TAKEN' })),
    );
    renderDrawer(onSubmit);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This user name is already taken.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^User name/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows errors that belong to no field in a banner', async () => {
    const onSubmit = vi.fn(() =>
      Promise.reject(new ApiError({ status: 0, code: 'NETWORK_ERROR' })),
    );
    renderDrawer(onSubmit);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cannot reach the server. Check your connection.',
    );
  });
});
