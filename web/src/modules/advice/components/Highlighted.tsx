import { highlightSegments } from '../searchText';

export interface HighlightedProps {
  text: string;
  terms: readonly string[];
}

/** Text with the searched words marked. */
export function Highlighted({ text, terms }: HighlightedProps) {
  return (
    <>
      {highlightSegments(text, terms).map((segment, index) =>
        segment.match ? (
          <mark
            key={index}
            style={{ background: '#fff1b8', color: 'inherit', padding: '0 1px', borderRadius: 2 }}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
