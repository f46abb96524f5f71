import { Tag } from 'antd';

const palette = ['blue', 'purple', 'cyan', 'green', 'magenta', 'orange', 'geekblue', 'volcano'];

/** A stable colour per topic, so a topic looks the same everywhere. */
export function topicColor(topic: string): string {
  const hash = [...topic.toLowerCase()].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  return palette[hash % palette.length] ?? 'blue';
}

export interface TopicTagProps {
  topic: string;
}

export function TopicTag({ topic }: TopicTagProps) {
  return (
    <Tag color={topicColor(topic)} variant="filled" style={{ marginInlineEnd: 0 }}>
      {topic}
    </Tag>
  );
}
