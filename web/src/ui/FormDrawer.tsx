import { Button, Drawer, Flex, Form } from 'antd';
import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorCode } from '../api/apiError';
import { FormBannerAlert } from './FormBannerAlert';
import type { FormBanner } from './useServerErrors';
import { useServerErrors } from './useServerErrors';

export interface FormDrawerProps<V extends object> {
  /** Prefixes the fields' ids, so two forms on one page never share an id (labels need them). */
  name: string;
  open: boolean;
  title: ReactNode;
  /** Pass one to read or set values from outside; otherwise the drawer makes its own. */
  form?: FormInstance<V>;
  initialValues?: Partial<V>;
  /** Saves the values; a rejected ApiError is shown on the fields it names. */
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  submitText?: ReactNode;
  /** Conflict codes that belong to one field, e.g. `{ USERNAME_TAKEN: 'username' }`. */
  codeFields?: Partial<Record<ApiErrorCode, string>>;
  width?: number;
  children: ReactNode;
}

/**
 * A form in a side drawer: client-side rules first, then the server's verdict — field errors
 * land under their fields, anything else in a banner at the top. Closes after a successful save.
 */
export function FormDrawer<V extends object>({
  name,
  open,
  title,
  form: outerForm,
  initialValues,
  onSubmit,
  onClose,
  submitText,
  codeFields,
  width = 520,
  children,
}: FormDrawerProps<V>) {
  const { t } = useTranslation();
  const [ownForm] = Form.useForm<V>();
  const form = outerForm ?? ownForm;
  const applyServerErrors = useServerErrors(form, codeFields);
  const [submitting, setSubmitting] = useState(false);
  const [banner, setBanner] = useState<FormBanner | null>(null);

  const handleFinish = async (values: V) => {
    setSubmitting(true);
    setBanner(null);
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      setBanner(applyServerErrors(error));
    } finally {
      setSubmitting(false);
    }
  };

  const handleAfterOpenChange = (visible: boolean) => {
    if (!visible) setBanner(null);
  };

  return (
    <Drawer
      open={open}
      title={title}
      size={width}
      onClose={onClose}
      destroyOnHidden
      afterOpenChange={handleAfterOpenChange}
      mask={{ closable: !submitting }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose} disabled={submitting}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" loading={submitting} onClick={() => form.submit()}>
            {submitText ?? t('common.save')}
          </Button>
        </Flex>
      }
    >
      <FormBannerAlert banner={banner} />
      <Form<V>
        name={name}
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void handleFinish(values)}
        requiredMark="optional"
        scrollToFirstError
        disabled={submitting}
      >
        {children}
        {/* Lets Enter submit from any text field. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}
