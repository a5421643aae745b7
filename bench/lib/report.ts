/**
 * Benchmark figures: each one a value next to its goal (if it has one), printed as a table and
 * written to `bench-results/latest.json`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Figure {
  scenario: string;
  name: string;
  value: number;
  unit: string;
  /** `value <= max` (or `value >= min`) meets the goal; none = informational. */
  goal?: { max?: number; min?: number };
  /** The same figure for a reference (another library), measured in the same run. */
  anchor?: string;
  note?: string;
}

/** A figure's verdict: met, NOT MET (with the gap) or informational. */
export function verdict(figure: Figure): string {
  const { goal, value, unit } = figure;
  if (!goal) return '';
  if (goal.max !== undefined && value > goal.max)
    return `NOT MET (+${round(value - goal.max)} ${unit} over)`;
  if (goal.min !== undefined && value < goal.min)
    return `NOT MET (${round(goal.min - value)} ${unit} short)`;
  return 'met';
}

function goalText(figure: Figure): string {
  const { goal, unit } = figure;
  if (!goal) return '—';
  if (goal.max !== undefined) return `≤ ${goal.max} ${unit}`;
  return `≥ ${goal.min} ${unit}`;
}

export function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

/** The figures as a Markdown table (also readable in a terminal). */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.scenario,
    f.name,
    `${round(f.value)} ${f.unit}`,
    goalText(f),
    verdict(f),
    f.anchor ?? '',
    f.note ?? '',
  ]);
  const head = ['scenario', 'figure', 'value', 'goal', 'verdict', 'anchor', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Writes `bench-results/latest.json` (gitignored). */
export async function writeResults(
  root: string,
  figures: readonly Figure[],
  machine: Record<string, unknown>,
  errors: Record<string, string>,
): Promise<string> {
  const dir = join(root, 'bench-results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  const body = {
    date: new Date().toISOString(),
    machine,
    figures: figures.map((f) => ({ ...f, verdict: verdict(f) || undefined })),
    errors,
  };
  await writeFile(file, JSON.stringify(body, null, 2) + '\n');
  return file;
}
