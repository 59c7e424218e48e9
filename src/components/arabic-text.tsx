import type { ElementType, ReactNode } from 'react';
import { useDocText } from '../features/settings/settings-context';
import { isolateLatin } from '../lib/bidi';

interface ArabicTextProps {
  as?: ElementType;
  children: string;
  className?: string;
  id?: string;
  tabIndex?: number;
}

/**
 * Document text: always Arabic and right to left, whatever the interface language; marked
 * `data-doc` for the script that hides harakat before the first paint.
 */
export function ArabicText({ as: Tag = 'span', children, ...rest }: ArabicTextProps) {
  return (
    <Tag lang="ar" dir="rtl" data-doc="" {...rest}>
      <IsolatedRuns text={children} />
    </Tag>
  );
}

/** Latin names inside Arabic text, isolated so they do not reorder the words around them. */
export function IsolatedRuns({ text }: { text: string }): ReactNode {
  const shown = useDocText();
  return isolateLatin(text).map((run, index) =>
    run.latin ? (
      <bdi key={index} dir="ltr">
        {run.text}
      </bdi>
    ) : (
      shown(run.text)
    ),
  );
}
