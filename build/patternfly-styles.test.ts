import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { moveDarkTokensOutOfBase, patternflyDarkTokens } from './patternfly-dark-theme';
import { hamburgerStateFromToggle, hamburgerStateWithoutHas } from './patternfly-hamburger-state';
import { dropUnusedResponsiveVariants, withoutResponsiveModifierEntries } from './patternfly-responsive-variants';
import { dropUnusedPatternflyThemes } from './patternfly-themes';

const resolve = createRequire(import.meta.url).resolve;
const BASE_CSS = resolve('@patternfly/react-core/dist/styles/base.css');
const TOOLBAR_CSS = resolve('@patternfly/react-styles/css/components/Toolbar/toolbar.css');
const TOOLBAR_CLASS_MAP = TOOLBAR_CSS.replace(/\.css$/, '.mjs');
const PAGE_CSS = resolve('@patternfly/react-styles/css/components/Page/page.css');

const processed = (file: string, ...plugins: postcss.AcceptedPlugin[]) => postcss(plugins).process(readFileSync(file, 'utf8'), { from: file }).css;

describe('dark-theme tokens', () => {
  it('leave the base style sheet, light tokens stay', () => {
    const base = processed(BASE_CSS, moveDarkTokensOutOfBase());
    expect(base).not.toMatch(/:where\(\.pf-v6-theme-dark\)\s*\{/);
    expect(base).toContain('--pf-t--global--background--color--primary--default');
  });

  it('are served as the dark-tokens style sheet', async () => {
    const plugin = patternflyDarkTokens();
    const load = plugin.load as (this: unknown, id: string) => string | undefined;
    const context = { addWatchFile: () => undefined, error: (message: string) => { throw new Error(message); } };
    const css = load.call(context, '/repo/src/app/theme/dark-tokens.css');
    expect(css).toMatch(/^:where\(\.pf-v6-theme-dark\)|^:root:where\(\.pf-v6-theme-dark\)/);
    expect(css).toContain('--pf-t--global--background--color--primary--default');
    expect(load.call(context, '/repo/src/app/console.css')).toBeUndefined();
  });

  it('with the unused themes dropped, nothing dark is left in the base sheet', () => {
    const base = processed(BASE_CSS, dropUnusedPatternflyThemes(), moveDarkTokensOutOfBase());
    expect(base).not.toContain('pf-v6-theme-dark');
  });
});

describe('responsive variants of the toolbar', () => {
  it('are dropped; rules for every width stay', () => {
    const original = readFileSync(TOOLBAR_CSS, 'utf8');
    const toolbar = processed(TOOLBAR_CSS, dropUnusedResponsiveVariants());
    expect(original).toMatch(/\.pf-m-hidden-on-md/);
    expect(toolbar).not.toMatch(/\.pf-m-[a-z-]+-on-(?:sm|md|lg|xl|2xl)\b/);
    expect(toolbar).toMatch(/\.pf-v6-c-toolbar__group\.pf-m-align-end\b/);
    expect(toolbar.length).toBeLessThan(original.length * 0.75);
  });

  it('are kept in other style sheets', () => {
    const other = processed(BASE_CSS, dropUnusedResponsiveVariants());
    expect(other).toBe(readFileSync(BASE_CSS, 'utf8'));
  });

  it('leave the toolbar class-name map too; modifiers for every width stay', async () => {
    const original = readFileSync(TOOLBAR_CLASS_MAP, 'utf8');
    const pruned = withoutResponsiveModifierEntries(original);
    const asModule = (source: string) => import(`data:text/javascript,${encodeURIComponent(source.replace(/^import .*$/m, ''))}`);
    const before = (await asModule(original)).default as { modifiers: Record<string, string>; toolbarGroup: string };
    const after = (await asModule(pruned)).default as typeof before;
    expect(before.modifiers.hiddenOnMd).toBe('pf-m-hidden-on-md');
    expect(before.modifiers.visibleOn_2xlHeight).toBe('pf-m-visible-on-2xl-height');
    expect(Object.keys(after.modifiers).filter((key) => /On_?(?:Sm|Md|Lg|Xl|2xl)/.test(key))).toEqual([]);
    const everyWidth = Object.entries(before.modifiers).filter(([, className]) => !/-on-(?:sm|md|lg|xl|2xl)\b/.test(className));
    expect(Object.entries(after.modifiers)).toEqual(everyWidth);
    expect(after.toolbarGroup).toBe(before.toolbarGroup);
  });
});

describe("the hamburger's open and closed drawing", () => {
  it('reads the toggle\'s aria-expanded instead of the sidebar through :has() on the page', () => {
    const original = readFileSync(PAGE_CSS, 'utf8');
    const page = processed(PAGE_CSS, hamburgerStateWithoutHas());
    expect(original).toMatch(/\.pf-v6-c-page:where\(:has\(> \.pf-v6-c-page__sidebar\.pf-m-expanded\)\)/);
    expect(page).not.toMatch(/:has\([^)]*pf-v6-c-page__sidebar/);
    expect(page).toContain('.pf-v6-c-page > .pf-v6-c-masthead .pf-v6-c-masthead__toggle :is(.pf-v6-c-button.pf-m-hamburger[aria-expanded="true"], .pf-v6-c-button.pf-m-hamburger[aria-expanded="true"]:hover');
    expect(page).toContain('.pf-v6-c-button.pf-m-hamburger[aria-expanded="false"]:is(:hover, :focus-visible)');
    expect(page.split('\n').length).toBe(original.split('\n').length);
  });

  it('leaves selectors that do not read the sidebar as they are, in the same rule too', () => {
    const plain = '.pf-v6-c-page > .pf-v6-c-masthead .pf-v6-c-masthead__toggle .pf-v6-c-button.pf-m-hamburger';
    expect(hamburgerStateFromToggle(plain)).toBe(plain);
    expect(hamburgerStateFromToggle('.pf-v6-c-page:where(:has(>.pf-v6-c-page__sidebar.pf-m-collapsed))>.pf-v6-c-masthead .pf-m-hamburger-like .pf-v6-c-button.pf-m-hamburger')).toBe(
      '.pf-v6-c-page>.pf-v6-c-masthead .pf-m-hamburger-like .pf-v6-c-button.pf-m-hamburger[aria-expanded="false"]',
    );
  });
});
