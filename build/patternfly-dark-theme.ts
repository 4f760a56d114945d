import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss, { type Plugin as PostcssPlugin, type Root, type Rule } from 'postcss';
import type { Plugin as VitePlugin } from 'vite';

/**
 * PatternFly's base style sheet declares the dark theme's tokens next to the light ones. Most admins never
 * switch themes, so the dark tokens leave the base sheet and become a style sheet of their own
 * (`src/app/theme/dark-tokens.css`, filled here from PatternFly's), loaded when the dark theme is chosen.
 */
const BASE_CSS = createRequire(import.meta.url).resolve('@patternfly/react-core/dist/styles/base.css');
const DARK_TOKENS_FILE = /[\\/]src[\\/]app[\\/]theme[\\/]dark-tokens\.css$/;
const DARK_ONLY = /^(?::root)?:where\(\.pf-v6-theme-dark\)$/;

const isBaseCss = (file: string | undefined) => file !== undefined && file.split('?')[0] === BASE_CSS;
const isDarkTokenRule = (rule: Rule) => rule.parent?.type === 'root' && rule.selectors.every((selector) => DARK_ONLY.test(selector.trim()));

function darkTokenRules(root: Root): Rule[] {
  const rules: Rule[] = [];
  root.walkRules((rule) => {
    if (isDarkTokenRule(rule)) rules.push(rule);
  });
  return rules;
}

/** PostCSS: takes the dark tokens out of PatternFly's base style sheet. */
export function moveDarkTokensOutOfBase(): PostcssPlugin {
  return {
    postcssPlugin: 'console:move-dark-tokens-out-of-base',
    Once(root) {
      if (!isBaseCss(root.source?.input.file)) return;
      for (const rule of darkTokenRules(root)) rule.remove();
    },
  };
}

/** Vite: serves `src/app/theme/dark-tokens.css` as the dark tokens of PatternFly's base style sheet. */
export function patternflyDarkTokens(): VitePlugin {
  return {
    name: 'console:patternfly-dark-tokens',
    enforce: 'pre',
    load(id) {
      if (!DARK_TOKENS_FILE.test(id.split('?')[0] ?? id)) return undefined;
      this.addWatchFile(BASE_CSS);
      const base = postcss.parse(readFileSync(BASE_CSS, 'utf8'), { from: BASE_CSS });
      const rules = darkTokenRules(base);
      if (rules.length === 0) this.error(`No dark-theme tokens found in ${BASE_CSS}: PatternFly changed how it declares them.`);
      return rules.map((rule) => rule.toString()).join('\n');
    },
  };
}
