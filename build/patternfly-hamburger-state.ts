import type { Plugin, Rule } from 'postcss';

/**
 * PatternFly draws the masthead's hamburger open or closed from the sidebar's state, read with
 * `.pf-v6-c-page:where(:has(> .pf-v6-c-page__sidebar.pf-m-expanded))`. That `:has()` on the page element
 * costs on every interaction: Chromium re-checks it whenever an element anywhere in the page changes a class or
 * state that any `:has()` argument names (`pf-m-current` when a wizard step changes, `:hover` as the pointer
 * moves), and then restyles every button in the page. The toggle says the same with `aria-expanded`, so the
 * rules read it there.
 */
const SIDEBAR_STATE = /\.pf-v6-c-page:where\(:has\(>\s*\.pf-v6-c-page__sidebar\.pf-m-(expanded|collapsed)\)\)/;
const HAMBURGER = /\.pf-m-hamburger(?![\w-])/g;

export function hamburgerStateFromToggle(selector: string): string {
  const sidebar = SIDEBAR_STATE.exec(selector);
  if (!sidebar) return selector;
  const expanded = sidebar[1] === 'expanded';
  return selector.replace(SIDEBAR_STATE, '.pf-v6-c-page').replace(HAMBURGER, `.pf-m-hamburger[aria-expanded="${expanded}"]`);
}

export function hamburgerStateWithoutHas(): Plugin {
  return {
    postcssPlugin: 'console:hamburger-state-without-has',
    Rule(rule: Rule) {
      if (!SIDEBAR_STATE.test(rule.selector)) return;
      rule.selectors = rule.selectors.map(hamburgerStateFromToggle);
    },
  };
}
