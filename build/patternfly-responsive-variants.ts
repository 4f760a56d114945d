import type { Plugin } from 'postcss';
import type { Plugin as VitePlugin } from 'vite';
import { removeRule } from './remove-rule.ts';

/**
 * PatternFly's toolbar style sheet repeats most of its modifiers once per width breakpoint
 * (`pf-m-hidden-on-md`, `pf-m-align-end-on-xl`, …): nearly half of it. Console toolbars set their modifiers
 * for every width (`{ default: … }`) and never per breakpoint, so selectors that need a per-breakpoint
 * modifier are dropped (and rules left without a selector). Giving a toolbar a breakpoint modifier means
 * taking its style sheet off this list. The JavaScript class-name map beside the style sheet
 * (`toolbar.mjs`) loses the same modifiers' entries (`hiddenOnMd`, …), so neither half ships them.
 */
const STYLE_SHEETS = /[\\/]@patternfly[\\/]react-styles[\\/]css[\\/]components[\\/]Toolbar[\\/]toolbar\.css$/;
const CLASS_MAPS = /[\\/]@patternfly[\\/]react-styles[\\/]css[\\/]components[\\/]Toolbar[\\/]toolbar\.mjs$/;
const BREAKPOINT_MODIFIER = /\.pf-m-[a-z0-9-]+-on-(?:sm|md|lg|xl|2xl)(?:-height)?\b/;
const BREAKPOINT_MODIFIER_ENTRY = /^\s*"[A-Za-z0-9_]+On_?(?:Sm|Md|Lg|Xl|2xl)(?:Height)?": "pf-m-[a-z0-9-]+",?\n/gm;


export function dropUnusedResponsiveVariants(): Plugin {
  return {
    postcssPlugin: 'console:drop-unused-responsive-variants',
    Once(root) {
      const file = root.source?.input.file?.split('?')[0];
      if (!file || !STYLE_SHEETS.test(file)) return;
      root.walkRules((rule) => {
        const kept = rule.selectors.filter((selector) => !BREAKPOINT_MODIFIER.test(selector));
        if (kept.length === 0) removeRule(rule);
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
    },
  };
}

/** `toolbar.mjs` without the entries of per-breakpoint modifiers (one `"key": "class",` per line in PatternFly's build). */
export function withoutResponsiveModifierEntries(classMapSource: string): string {
  return classMapSource.replace(BREAKPOINT_MODIFIER_ENTRY, '');
}

export function dropUnusedResponsiveClassNames(): VitePlugin {
  return {
    name: 'console:drop-unused-responsive-class-names',
    transform: {
      filter: { id: CLASS_MAPS },
      handler(code) {
        return { code: withoutResponsiveModifierEntries(code), map: null };
      },
    },
  };
}
