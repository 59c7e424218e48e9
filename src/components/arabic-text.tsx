import type { ElementType, ReactNode } from 'react';
import { isolateLatin } from '../lib/bidi';

interface ArabicTextProps {
  as?: ElementType;
  children: string;
  className?: string;
  id?: string;
  tabIndex?: number;
}

/** Document text: always Arabic and right to left, whatever the interface language. */
export function ArabicText({ as: Tag = 'span', children, ...rest }: ArabicTextProps) {
  return (
    <Tag lang="ar" dir="rtl" {...rest}>
      <IsolatedRuns text={children} />
    </Tag>
  );
}

/** Latin names inside Arabic text, isolated so they do not reorder the words around them. */
export function IsolatedRuns({ text }: { text: string }): ReactNode {
  return isolateLatin(text).map((run, index) =>
    run.latin ? (
      <bdi key={index} dir="ltr">
        {run.text}
      </bdi>
    ) : (
      run.text
    ),
  );
}
