/**
 * Progress people can see: on a terminal, one line redrawn in place (done of total, rate,
 * time left); without one (CI, a log file), nothing until the step's one closing line.
 * `QIRAA_QUIET=1` prints only the closing lines' problems, that is nothing here.
 */
export interface Progress {
  advance(count: number): void;
  /** Takes the live line away, for a step whose closing line someone else prints. */
  clear(): void;
  done(line: string): void;
}

export function createProgress(step: string, total: number, unit: string): Progress {
  const quiet = process.env.QIRAA_QUIET === '1';
  const live = !quiet && process.stderr.isTTY === true;
  const started = performance.now();
  let count = 0;
  let drawn = 0;
  return {
    advance(more) {
      count += more;
      const now = performance.now();
      if (!live || (now - drawn < 200 && count < total)) return;
      drawn = now;
      const seconds = (now - started) / 1000;
      const rate = count / Math.max(seconds, 0.001);
      const left = rate > 0 ? (total - count) / rate : 0;
      process.stderr.write(
        `\r${step}: ${count} of ${total} ${unit}, ${Math.round(rate)}/s, ${Math.ceil(left)} s left `,
      );
    },
    clear() {
      if (live) process.stderr.write('\r\x1b[K');
    },
    done(line) {
      if (live) process.stderr.write('\r\x1b[K');
      if (!quiet) console.log(line);
    },
  };
}
