import { expect, type Page } from '@playwright/test';
import { toggleSwitch } from './pages';

/** Switches the console's theme with the masthead switch and waits until PatternFly's dark class follows. */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const control = page.getByRole('switch', { name: 'Dark theme' });
  if ((await control.isChecked()) !== (theme === 'dark')) await toggleSwitch(control);
  if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
  else await expect(page.locator('html')).not.toHaveClass(/pf-v6-theme-dark/);
}
