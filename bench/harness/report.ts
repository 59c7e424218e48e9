export type Verdict = 'PASS' | 'FAIL' | 'n/a';

export interface PipelineMeasure {
  status: 'ok' | 'failed' | 'missing';
  exitCode: number | null;
  seconds: number | null;
  docsPerSecond: number | null;
  peakRssMb: number | null;
  log: string | null;
}

export interface SizeResult {
  size: number;
  corpus: { dir: string; files: number; bytes: number; generatedSeconds: number | null };
  floor: { seconds: number; files: number; bytes: number };
  pipeline: PipelineMeasure;
}

export interface Ratio {
  from: number;
  to: number;
  value: number | null;
  limit: number;
}

export interface TargetCheck {
  name: string;
  value: string;
  verdict: Verdict;
}

export const TARGETS = {
  seconds10k: 4,
  rssMb: 1024,
  /** t(100k) / t(10k) must stay under 11: near-linear, 10% slack. */
  ratioSlack: 1.1,
} as const;

const okSeconds = (r: SizeResult | undefined): number | null =>
  r !== undefined && r.pipeline.status === 'ok' ? r.pipeline.seconds : null;

/** t(largest) / t(smallest); with the default sizes that is t(100k) / t(10k). */
export function scalingRatio(results: readonly SizeResult[]): Ratio | null {
  if (results.length < 2) return null;
  const sorted = [...results].sort((a, b) => a.size - b.size);
  const small = sorted[0] as SizeResult;
  const large = sorted[sorted.length - 1] as SizeResult;
  const t0 = okSeconds(small);
  const t1 = okSeconds(large);
  return {
    from: small.size,
    to: large.size,
    value: t0 !== null && t1 !== null && t0 > 0 ? t1 / t0 : null,
    limit: (large.size / small.size) * TARGETS.ratioSlack,
  };
}

export function checkTargets(results: readonly SizeResult[], ratio: Ratio | null): TargetCheck[] {
  const at10k = results.find((r) => r.size === 10_000);
  const t10k = okSeconds(at10k);
  const timeCheck: TargetCheck = {
    name: `10k documents < ${TARGETS.seconds10k} s`,
    value:
      t10k === null
        ? at10k
          ? 'pipeline did not run'
          : 'size 10000 not measured'
        : `${t10k.toFixed(2)} s`,
    verdict: t10k === null ? 'n/a' : t10k < TARGETS.seconds10k ? 'PASS' : 'FAIL',
  };

  const rss = results.map((r) => r.pipeline.peakRssMb).filter((mb): mb is number => mb !== null);
  const peak = rss.length > 0 ? Math.max(...rss) : null;
  const rssCheck: TargetCheck = {
    name: `peak RSS < ${TARGETS.rssMb} MB (1 GB)`,
    value: peak === null ? 'not measured' : `${peak.toFixed(0)} MB max`,
    verdict: peak === null ? 'n/a' : peak < TARGETS.rssMb ? 'PASS' : 'FAIL',
  };

  const ratioName = ratio
    ? `t(${label(ratio.to)}) / t(${label(ratio.from)}) < ${formatNumber(ratio.limit)}`
    : 't(100k) / t(10k) < 11';
  const ratioCheck: TargetCheck = {
    name: ratioName,
    value: ratio?.value == null ? 'needs two sizes with a pipeline run' : ratio.value.toFixed(2),
    verdict: ratio?.value == null ? 'n/a' : ratio.value < ratio.limit ? 'PASS' : 'FAIL',
  };
  return [timeCheck, rssCheck, ratioCheck];
}

function label(size: number): string {
  return size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

const cell = (value: number | null, digits: number): string =>
  value === null ? '-' : value.toFixed(digits);

export function formatTable(
  results: readonly SizeResult[],
  ratio: Ratio | null,
  checks: readonly TargetCheck[],
): string {
  const header = ['size', 'floor s', 'pipeline s', 'docs/s', 'peak RSS MB', 'pipeline'];
  const rows = results.map((r) => [
    String(r.size),
    r.floor.seconds.toFixed(3),
    cell(r.pipeline.seconds, 2),
    cell(r.pipeline.docsPerSecond, 0),
    cell(r.pipeline.peakRssMb, 0),
    r.pipeline.status === 'failed'
      ? `failed (exit ${r.pipeline.exitCode ?? 'signal'})`
      : r.pipeline.status,
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padStart(widths[i] ?? 0))).join('  ');
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  if (ratio) {
    out.push(
      '',
      `ratio t(${label(ratio.to)}) / t(${label(ratio.from)}): ${ratio.value === null ? '-' : ratio.value.toFixed(2)}`,
    );
  }
  out.push('', 'targets:');
  for (const check of checks)
    out.push(`  ${check.verdict.padEnd(4)}  ${check.name}  (${check.value})`);
  return out.join('\n');
}
