import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The faces every page's first paint uses: PatternFly's body text and its headings, upright. The others
 * (italic, monospace) are left to load when text needs them.
 */
export const FIRST_PAINT_FONTS = [/(?:^|[\\/])RedHatTextVF\.woff2$/, /(?:^|[\\/])RedHatDisplayVF\.woff2$/];

interface EmittedAsset {
  type: 'asset' | 'chunk';
  fileName: string;
  originalFileNames?: readonly string[];
}

/**
 * The preload links for the first paint's fonts, from the build's output. A style sheet asks for a font only
 * once the page lays out text in it: on a cold load that is after the scripts have run, and the text is laid out
 * twice, first in the fallback face and again when the font arrives (about 100 ms of layout at 4× CPU slowdown,
 * before the wizard's first field is ready). Preloaded, the fonts are in when the first layout happens.
 */
export function firstPaintFontPreloads(bundle: Record<string, EmittedAsset>, base: string): HtmlTagDescriptor[] {
  const assets = Object.values(bundle).filter((output) => output.type === 'asset');
  return FIRST_PAINT_FONTS.map((font) => {
    const asset = assets.find((a) => a.originalFileNames?.some((name) => font.test(name)));
    if (!asset) throw new Error(`first-paint fonts: no font in the build matches ${font}; PatternFly's font files were renamed, update FIRST_PAINT_FONTS`);
    return {
      tag: 'link',
      // `crossorigin`: fonts are fetched in CORS mode; a preload without it would be fetched a second time.
      attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `${base}${asset.fileName}` },
      injectTo: 'head',
    };
  });
}

/** Adds the first paint's font preloads to the built `index.html`. */
export function preloadFirstPaintFonts(): Plugin {
  let base = '/';
  return {
    name: 'console:preload-first-paint-fonts',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => (context.bundle ? firstPaintFontPreloads(context.bundle as unknown as Record<string, EmittedAsset>, base) : []),
    },
  };
}
