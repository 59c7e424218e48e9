import type { ElementType } from 'react';
import { useNumbers } from '../features/settings/settings-context';

/**
 * Interface text that holds numbers (a count, a reading time), in the reader's digits. Marked
 * `data-num` for the script that changes digits before the first paint, as this renders them.
 */
export function Num({
  as: Tag = 'span',
  className,
  children,
}: {
  as?: ElementType;
  className?: string;
  children: string;
}) {
  const numbers = useNumbers();
  return (
    <Tag data-num="" className={className}>
      {numbers(children)}
    </Tag>
  );
}
