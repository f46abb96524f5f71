import { Flex, Spin } from 'antd';

/** Shown in the content area while a page's code loads. */
export function ContentSpinner() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 320 }}>
      <Spin />
    </Flex>
  );
}
