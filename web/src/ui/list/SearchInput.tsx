import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useEffect, useState } from 'react';

export interface SearchInputProps {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  delay?: number;
  /** In pixels; 320 by default. */
  width?: number;
}

/** A search box that reports what was typed once typing pauses; Enter reports at once. */
export function SearchInput({
  value,
  onChange,
  placeholder,
  delay = 350,
  width = 320,
}: SearchInputProps) {
  const [text, setText] = useState(value);
  const [reported, setReported] = useState(value);
  const [previousValue, setPreviousValue] = useState(value);

  // Follow outside changes (back button, "clear filters") but not the echo of our own report.
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

  const handleSubmit = () => {
    setReported(text.trim());
    onChange(text.trim());
  };

  return (
    <Input
      allowClear
      value={text}
      placeholder={placeholder}
      prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,.35)' }} />}
      onChange={(event) => setText(event.target.value)}
      onPressEnter={handleSubmit}
      aria-label={placeholder}
      style={{ width }}
    />
  );
}
