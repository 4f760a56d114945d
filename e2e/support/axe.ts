import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Waits until no finite animation or transition is running (menus fade in, for example), so that axe judges
 * the colours the user ends up seeing, not a frame of a fade. Endless ones, like spinners, are ignored.
 */
export async function waitForAnimationsToSettle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const finite = (animation: Animation) => animation.effect?.getComputedTiming().iterations !== Infinity;
    for (let quietFrames = 0; quietFrames < 2; ) {
      await nextFrame();
      const running = document.getAnimations().filter((a) => a.playState === 'running' && finite(a));
      if (running.length === 0) {
        quietFrames += 1;
      } else {
        quietFrames = 0;
        await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
      }
    }
  });
}

/** Runs axe on the page (WCAG 2.1 A/AA) and fails on any serious or critical violation, listing them. */
export async function expectNoSeriousA11yViolations(page: Page, context = ''): Promise<void> {
  await waitForAnimationsToSettle(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
  expect(report, `axe violations${context ? ` on ${context}` : ''}`).toEqual([]);
}
