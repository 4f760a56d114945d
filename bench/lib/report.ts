import type { BudgetLine } from './budgets';
import type { Sample } from './stats';

export interface Row {
  section: string;
  metric: string;
  value: string;
  detail?: string;
}

export const sampleText = (s: Sample, unit = 'ms') =>
  Number.isNaN(s.median) ? 'n/a' : `${s.median.toFixed(0)} ${unit} (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)}, n=${s.n})`;

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function printTable(rows: Row[], budgets: BudgetLine[]): string {
  const lines: string[] = [];
  const w1 = Math.max(...rows.map((r) => r.metric.length), 10);
  const w2 = Math.max(...rows.map((r) => r.value.length), 10);
  let section = '';
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      lines.push('', section);
    }
    lines.push(`  ${pad(row.metric, w1)}  ${pad(row.value, w2)}  ${row.detail ?? ''}`.trimEnd());
  }
  lines.push('', 'Budgets');
  const b1 = Math.max(...budgets.map((b) => b.name.length));
  const b2 = Math.max(...budgets.map((b) => b.value.length));
  for (const line of budgets) lines.push(`  ${line.pass ? 'PASS' : 'FAIL'}  ${pad(line.name, b1)}  ${pad(line.value, b2)}  ${line.budget}`);
  const failed = budgets.filter((b) => !b.pass).length;
  lines.push('', failed === 0 ? `All ${budgets.length} budgets pass.` : `${failed} of ${budgets.length} budgets fail.`);
  return lines.join('\n');
}
