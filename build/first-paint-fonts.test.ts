import { describe, expect, it } from 'vitest';
import { firstPaintFontPreloads } from './first-paint-fonts';

const font = (fileName: string, original: string) => ({ type: 'asset' as const, fileName, originalFileNames: [original] });
const fonts = 'node_modules/@patternfly/react-core/dist/styles/assets/fonts';
const bundle = {
  a: font('assets/RedHatTextVF-a1.woff2', `${fonts}/RedHatText/RedHatTextVF.woff2`),
  b: font('assets/RedHatTextVF-Italic-b2.woff2', `${fonts}/RedHatText/RedHatTextVF-Italic.woff2`),
  c: font('assets/RedHatDisplayVF-c3.woff2', `${fonts}/RedHatDisplay/RedHatDisplayVF.woff2`),
  d: font('assets/RedHatMonoVF-d4.woff2', `${fonts}/RedHatMono/RedHatMonoVF.woff2`),
  e: { type: 'chunk' as const, fileName: 'assets/index-e5.js' },
};

describe('firstPaintFontPreloads', () => {
  it('preloads the upright text and heading faces only, in CORS mode, under the base path', () => {
    const tags = firstPaintFontPreloads(bundle, '/console/');
    expect(tags.map((t) => t.attrs)).toEqual([
      { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: '/console/assets/RedHatTextVF-a1.woff2' },
      { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: '/console/assets/RedHatDisplayVF-c3.woff2' },
    ]);
    expect(tags.every((t) => t.tag === 'link' && t.injectTo === 'head')).toBe(true);
  });

  it('fails the build when a face is missing rather than shipping a page without its preload', () => {
    const { c: _display, ...withoutDisplay } = bundle;
    expect(() => firstPaintFontPreloads(withoutDisplay, '/')).toThrow(/RedHatDisplayVF/);
  });
});
