import type { Plugin } from 'postcss';
import { removeRule } from './remove-rule.ts';

/**
 * PatternFly's style sheets carry the tokens and rules of every theme it offers. The console switches between
 * light and `pf-v6-theme-dark` only, so rules that apply only under another theme class are dropped from the
 * build. Selectors that exclude such a theme (`:not(.pf-v6-theme-glass)`) still apply, and are kept.
 */
const UNUSED_THEME = /\.pf-v6-theme-(?:high-contrast|felt|glass)\b/;
const NEGATION = /:not\([^()]*\)/g;

const needsUnusedTheme = (selector: string) => UNUSED_THEME.test(selector.replace(NEGATION, ''));


export function dropUnusedPatternflyThemes(): Plugin {
  return {
    postcssPlugin: 'console:drop-unused-patternfly-themes',
    Rule(rule) {
      if (!UNUSED_THEME.test(rule.selector)) return;
      const kept = rule.selectors.filter((selector) => !needsUnusedTheme(selector));
      if (kept.length === 0) removeRule(rule);
      else if (kept.length < rule.selectors.length) rule.selectors = kept;
    },
  };
}
