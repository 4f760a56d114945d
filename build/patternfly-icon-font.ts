import type { AtRule, Plugin, Rule } from 'postcss';

/**
 * PatternFly's base style sheet also declares its icon font (pficon) and a class per icon. The console's
 * icons are PatternFly's SVG icons, and no component it uses draws the font, so the font is dropped.
 */
const ICON_CLASS = /\.pf-v6-pficon-/;
const ICON_FONT = /pf-v6-pficon/;

export function dropPatternflyIconFont(): Plugin {
  return {
    postcssPlugin: 'console:drop-patternfly-icon-font',
    Rule(rule: Rule) {
      if (rule.selectors.every((selector) => ICON_CLASS.test(selector))) rule.remove();
    },
    AtRule: {
      'font-face': (atRule: AtRule) => {
        atRule.walkDecls('font-family', (decl) => {
          if (ICON_FONT.test(decl.value)) atRule.remove();
        });
      },
    },
  };
}
