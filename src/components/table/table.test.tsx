// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mount } from '@/testing/mount';
import { Table, Tbody, Td, Th, Thead, Tr, type SortBy, type ThSort } from './index';

function render(node: React.ReactNode): HTMLElement {
  return mount(node).container;
}

function header(sortBy: SortBy, onSort: ThSort['onSort'] = () => undefined, columnIndex = 1) {
  const table = render(
    <Table aria-label="Things">
      <Thead>
        <Tr>
          <Th sort={{ sortBy, columnIndex, onSort }}>Name</Th>
        </Tr>
      </Thead>
    </Table>,
  );
  return table.querySelector('th')!;
}

describe('Table', () => {
  it('is a PatternFly table and grid with the variant and border modifiers', () => {
    const table = render(<Table aria-label="Things" variant="compact" borders={false} className="mine" aria-busy />).querySelector('table')!;
    expect(table.getAttribute('role')).toBe('grid');
    expect(table.getAttribute('aria-label')).toBe('Things');
    expect(table.getAttribute('aria-busy')).toBe('true');
    expect(table.className).toBe('mine pf-v6-c-table pf-m-compact pf-m-no-border-rows');
    expect(render(<Table aria-label="Plain" />).querySelector('table')!.className).toBe('pf-v6-c-table');
  });

  it('gives head, body and rows their PatternFly elements', () => {
    const table = render(
      <Table aria-label="Things">
        <Thead>
          <Tr>
            <Th>Name</Th>
          </Tr>
        </Thead>
        <Tbody>
          <Tr className="mine">
            <Td>one</Td>
          </Tr>
        </Tbody>
      </Table>,
    );
    expect(table.querySelector('thead')!.className).toBe('pf-v6-c-table__thead');
    expect(table.querySelector('tbody')!.className).toBe('pf-v6-c-table__tbody');
    expect(table.querySelector('tbody')!.getAttribute('role')).toBe('rowgroup');
    expect(table.querySelector('tbody tr')!.className).toBe('pf-v6-c-table__tr mine');
  });
});

describe('cells', () => {
  function row(cells: React.ReactNode) {
    return render(
      <Table aria-label="Things">
        <Tbody>
          <Tr>{cells}</Tr>
        </Tbody>
      </Table>,
    ).querySelectorAll('td');
  }

  it('turn modifiers and widths into classes', () => {
    const [wrap, nowrap, fit, action] = row(
      <>
        <Td modifier="wrap">a</Td>
        <Td modifier="nowrap" className="mine">b</Td>
        <Td modifier="fitContent">c</Td>
        <Td isActionCell>d</Td>
      </>,
    );
    expect(wrap!.className).toBe('pf-v6-c-table__td pf-m-wrap');
    expect(nowrap!.className).toBe('pf-v6-c-table__td mine pf-m-nowrap');
    expect(fit!.className).toBe('pf-v6-c-table__td pf-m-fit-content');
    expect(action!.className).toBe('pf-v6-c-table__td pf-v6-c-table__action');
    const th = render(
      <Table aria-label="Things">
        <Thead>
          <Tr>
            <Th modifier="wrap" width={30}>Name</Th>
          </Tr>
        </Thead>
      </Table>,
    ).querySelector('th')!;
    expect(th.className).toBe('pf-v6-c-table__th pf-m-wrap pf-m-width-30');
    expect(th.getAttribute('scope')).toBe('col');
  });

  it('carry their column name as data-label', () => {
    const [cell, other] = row(
      <>
        <Td dataLabel="Name">web</Td>
        <Td colSpan={2}>web</Td>
      </>,
    );
    expect(cell!.dataset.label).toBe('Name');
    expect(other!.hasAttribute('data-label')).toBe(false);
    expect(other!.colSpan).toBe(2);
  });

  it('name an empty header for screen readers only', () => {
    const empty = render(
      <Table aria-label="Things">
        <Thead>
          <Tr>
            <Th screenReaderText="Actions" />
          </Tr>
        </Thead>
      </Table>,
    ).querySelector('th')!;
    expect(empty.innerHTML).toBe('<span class="pf-v6-u-screen-reader">Actions</span>');
  });
});

describe('a sortable header', () => {
  it('is not sorted while the table is sorted by another column, and asks for ascending first', () => {
    const onSort = vi.fn();
    const th = header({ index: 0, direction: 'asc' }, onSort);
    expect(th.hasAttribute('aria-sort')).toBe(false);
    expect(th.className).toBe('pf-v6-c-table__th pf-v6-c-table__sort');
    const button = th.querySelector('button')!;
    expect(button.type).toBe('button');
    expect(button.className).toBe('pf-v6-c-table__button');
    expect(button.textContent).toBe('Name');
    expect(button.querySelector('.pf-v6-c-table__button-content > .pf-v6-c-table__text')!.textContent).toBe('Name');
    expect(button.querySelector('.pf-v6-c-table__sort-indicator svg')).not.toBeNull();
    act(() => button.click());
    expect(onSort).toHaveBeenCalledWith(expect.objectContaining({ type: 'click' }), 1, 'asc');
  });

  it("asks for the column's default direction first when it has one", () => {
    const onSort = vi.fn();
    const button = header({ defaultDirection: 'desc' }, onSort).querySelector('button')!;
    act(() => button.click());
    expect(onSort).toHaveBeenCalledWith(expect.anything(), 1, 'desc');
  });

  it('shows its direction and toggles it', () => {
    const onSort = vi.fn();
    const ascending = header({ index: 1, direction: 'asc' }, onSort);
    expect(ascending.getAttribute('aria-sort')).toBe('ascending');
    expect(ascending.className).toBe('pf-v6-c-table__th pf-v6-c-table__sort pf-m-selected');
    const upIcon = ascending.querySelector('svg')!.innerHTML;
    act(() => ascending.querySelector('button')!.click());
    expect(onSort).toHaveBeenLastCalledWith(expect.anything(), 1, 'desc');

    const descending = header({ index: 1, direction: 'desc' }, onSort);
    expect(descending.getAttribute('aria-sort')).toBe('descending');
    expect(descending.querySelector('svg')!.innerHTML).not.toBe(upIcon);
    act(() => descending.querySelector('button')!.click());
    expect(onSort).toHaveBeenLastCalledWith(expect.anything(), 1, 'asc');
  });

  it('is a native button, so Enter and Space activate it (e2e/console/application-profiles.spec.ts presses them)', () => {
    const button = header({}).querySelector('button')!;
    button.focus();
    expect(document.activeElement).toBe(button);
    expect(button.type).toBe('button');
    expect(button.disabled).toBe(false);
    expect(button.tabIndex).toBe(0);
  });
});
