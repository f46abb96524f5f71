import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useEffect, useState } from 'react';

export interface BigSearchInputProps {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  label: string;
  delay?: number;
}

/** The search page's large box: reports once typing pauses, at once on Enter. */
export function BigSearchInput({
  value,
  onChange,
  placeholder,
  label,
  delay = 350,
}: BigSearchInputProps) {
  const [text, setText] = useState(value);
  const [reported, setReported] = useState(value);
  const [previousValue, setPreviousValue] = useState(value);

  // Follow outside changes (back button, a cleared filter) but not the echo of our own report.
  if (value !== previousValue) {
    setPreviousValue(value);
    if (value !== reported) {
      setText(value);
      setReported(value);
    }
  }

  useEffect(() => {
    if (text.trim() === reported.trim()) return;
    const timer = setTimeout(() => {
      setReported(text.trim());
      onChange(text.trim());
    }, delay);
    return () => clearTimeout(timer);
  }, [text, reported, delay, onChange]);

  return (
    <Input
      size="large"
      allowClear
      autoFocus
      value={text}
      placeholder={placeholder}
      aria-label={label}
      prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,.35)', marginInlineEnd: 4 }} />}
      onChange={(event) => setText(event.target.value)}
      onPressEnter={() => {
        setReported(text.trim());
        onChange(text.trim());
      }}
      style={{ height: 52, fontSize: 17, borderRadius: 12 }}
    />
  );
}
