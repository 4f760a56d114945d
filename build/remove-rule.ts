import type { Rule } from 'postcss';

/** Removes `rule`, and the at-rules (`@media`, …) around it that it leaves empty. */
export function removeRule(rule: Rule): void {
  let parent = rule.parent;
  rule.remove();
  while (parent && parent.type !== 'root' && parent.nodes?.length === 0) {
    const next = parent.parent;
    parent.remove();
    parent = next;
  }
}
