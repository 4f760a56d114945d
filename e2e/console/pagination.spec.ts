import { expect, test, type Page } from '@playwright/test';
import { controllerApi } from '../support/controller-api';
import { openList, routes } from '../support/pages';
import { signIn } from '../support/session';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin', { path: routes.virtualServices });
  const api = controllerApi(page);
  for (let i = 1; i <= 12; i += 1) {
    const answer = await api.post('/api/virtualservice', { name: `pager-vs-${String(i).padStart(2, '0')}`, services: [{ port: 9000 + i }] });
    expect(answer.status).toBe(201);
  }
});

function paginations(page: Page) {
  return {
    top: page.getByRole('navigation', { name: 'Virtual services pagination (top)' }),
    bottom: page.getByRole('navigation', { name: 'Virtual services pagination (bottom)' }),
    rows: page.getByRole('grid', { name: 'Virtual services' }).getByRole('row'),
  };
}

test('pages from the keyboard: the page number field, first, previous, next and last', async ({ page }) => {
  await openList(page, `${routes.virtualServices}?perPage=10`, 'Virtual Services');
  const { top, bottom, rows } = paginations(page);
  await expect(rows).toHaveCount(11);
  const total = Number((await page.getByRole('button', { name: /^1 - 10 of \d+$/ }).first().textContent())?.match(/of (\d+)/)?.[1]);
  const lastPage = Math.ceil(total / 10);
  await expect(bottom.getByRole('button', { name: 'Go to first page' })).toBeDisabled();
  await expect(top.getByRole('button', { name: 'Go to previous page' })).toBeDisabled();

  const pageNumber = bottom.getByRole('spinbutton', { name: 'Current page' });
  await pageNumber.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('x2');
  await expect(pageNumber).toHaveValue('2');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole('button', { name: `11 - ${Math.min(20, total)} of ${total}` }).first()).toBeVisible();

  await page.keyboard.press('Control+A');
  await page.keyboard.type('99');
  await expect(pageNumber).toHaveValue(String(lastPage));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`page=${lastPage}`));
  await expect(bottom.getByRole('button', { name: 'Go to next page' })).toBeDisabled();
  await expect(bottom.getByRole('button', { name: 'Go to last page' })).toBeDisabled();

  await bottom.getByRole('button', { name: 'Go to first page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/page=/);
  await expect(pageNumber).toHaveValue('1');
  await top.getByRole('button', { name: 'Go to next page' }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/page=2/);
  await expect(pageNumber).toHaveValue('2');
  await top.getByRole('button', { name: 'Go to previous page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/page=/);
  await bottom.getByRole('button', { name: 'Go to last page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`page=${lastPage}`));
  await expect(rows).toHaveCount(total - (lastPage - 1) * 10 + 1);
});

test('changes the number per page from the keyboard, back on page 1', async ({ page }) => {
  await openList(page, `${routes.virtualServices}?perPage=10&page=2`, 'Virtual Services');
  const { rows } = paginations(page);
  const toggle = page.getByRole('button', { name: /^11 - \d+ of \d+$/ }).first();
  const total = Number((await toggle.textContent())?.match(/of (\d+)/)?.[1]);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('ArrowDown');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('option', { name: '10 per page' })).toBeFocused();
  await expect(page.getByRole('option', { name: '10 per page' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: '25 per page' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(page).not.toHaveURL(/perPage=|page=/);
  await expect(rows).toHaveCount(Math.min(total, 25) + 1);
  const after = page.getByRole('button', { name: `1 - ${Math.min(total, 25)} of ${total}` }).first();
  await expect(after).toBeFocused();
  await expect(after).toHaveAttribute('aria-expanded', 'false');
});
