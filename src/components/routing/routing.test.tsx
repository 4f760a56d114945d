// @vitest-environment happy-dom
import { act, useLayoutEffect } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mount, type Mounted } from '@/testing/mount';
import { ConsoleRouter, Link, Navigate, NavLink, Route, Routes, useBlocker, useHref, useLocation, useParams, useSearchParams, type SetSearchParams } from './index';

let mounted: Mounted;

beforeEach(() => {
  window.history.replaceState(null, '', '/lb/start');
});

function render(node: React.ReactNode): HTMLElement {
  mounted = mount(<ConsoleRouter baseUrl="/lb/">{node}</ConsoleRouter>);
  return mounted.container;
}

const click = (element: Element | null) => act(() => (element as HTMLElement).click());
const byText = (text: string) => [...mounted.container.querySelectorAll('a, button')].find((element) => element.textContent === text) ?? null;

function Where() {
  const { pathname, search } = useLocation();
  return <output>{`${pathname}${search}`}</output>;
}

function Item() {
  return <p>item {useParams().uuid}</p>;
}

function Pages() {
  return (
    <>
      <Where />
      <Link to="/items/a%20b?tab=2">Item</Link>
      <Link to="/start">Start</Link>
      <Routes>
        <Route path="/start">
          <p>start page</p>
        </Route>
        <Route path="/items/new">
          <p>new item</p>
        </Route>
        <Route path="/items/:uuid">
          <Item />
        </Route>
        <Route path="/old">
          <Navigate to="/start" replace />
        </Route>
        <Route>
          <p>not found</p>
        </Route>
      </Routes>
    </>
  );
}

describe('console router', () => {
  it('renders the route under the sub-path, links carry it, and a click navigates in the console', () => {
    const page = render(<Pages />);
    expect(page.querySelector('output')?.textContent).toBe('/start');
    expect(page.textContent).toContain('start page');
    expect(byText('Item')?.getAttribute('href')).toBe('/lb/items/a%20b?tab=2');
    click(byText('Item'));
    expect(window.location.pathname + window.location.search).toBe('/lb/items/a%20b?tab=2');
    expect(page.textContent).toContain('item a b');
    expect(page.querySelector('output')?.textContent).toBe('/items/a%20b?tab=2');
  });

  it('matches static paths before patterns, falls back to the route without a path, and follows back and forward (popstate)', () => {
    window.history.replaceState(null, '', '/lb/items/new');
    const page = render(<Pages />);
    expect(page.textContent).toContain('new item');
    act(() => {
      window.history.pushState(null, '', '/lb/nowhere');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(page.textContent).toContain('not found');
  });

  it('redirects, replacing the history entry', () => {
    window.history.replaceState(null, '', '/lb/old');
    const length = window.history.length;
    const page = render(<Pages />);
    expect(window.location.pathname).toBe('/lb/start');
    expect(window.history.length).toBe(length);
    expect(page.textContent).toContain('start page');
  });

  it('marks the current navigation link with aria-current="page"', () => {
    const page = render(
      <>
        <NavLink to="/start" isCurrent>
          Here
        </NavLink>
        <NavLink to="/other" isCurrent={false}>
          There
        </NavLink>
      </>,
    );
    const [here, there] = [...page.querySelectorAll('a')];
    expect(here?.getAttribute('aria-current')).toBe('page');
    expect(there?.hasAttribute('aria-current')).toBe(false);
  });

  it('gives links opened outside the router the sub-path', () => {
    function Href() {
      return <span>{useHref('/pools')}</span>;
    }
    expect(render(<Href />).textContent).toBe('/lb/pools');
  });
});

describe('useSearchParams', () => {
  const latest: { set?: SetSearchParams } = {};
  const setParams: SetSearchParams = (...args) => latest.set!(...args);
  function Search() {
    const [params, set] = useSearchParams();
    useLayoutEffect(() => {
      latest.set = set;
    });
    return <span>{params.toString()}</span>;
  }

  it('writes the query string of the page, replacing the history entry on request', () => {
    const length = window.history.length;
    const page = render(<Search />);
    act(() => setParams({ page: '2' }, { replace: true }));
    expect(window.location.pathname + window.location.search).toBe('/lb/start?page=2');
    expect(window.history.length).toBe(length);
    expect(page.textContent).toBe('page=2');
    act(() => setParams({}));
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(length + 1);
  });

  it('gives a function the address bar as it is now, not as it was when the setter was rendered', () => {
    const page = render(<Search />);
    const staleSetter = latest.set!;
    window.history.replaceState(null, '', '/lb/start?sort=name');
    act(() =>
      staleSetter((current) => {
        const next = new URLSearchParams(current);
        next.set('page', '3');
        return next;
      }),
    );
    expect(window.location.search).toBe('?sort=name&page=3');
    expect(page.textContent).toBe('sort=name&page=3');
  });
});

describe('useBlocker', () => {
  function Guarded({ when }: { when: boolean }) {
    const blocker = useBlocker(({ currentPathname, nextPathname }) => when && currentPathname !== nextPathname);
    const [, setParams] = useSearchParams();
    return (
      <>
        <Link to="/elsewhere">Leave</Link>
        <button onClick={() => setParams({ q: 'x' })}>Search</button>
        {blocker.state === 'blocked' && (
          <>
            <button onClick={blocker.reset}>Stay</button>
            <button onClick={blocker.proceed}>Go</button>
          </>
        )}
      </>
    );
  }

  it('holds navigation to another page until proceed, and drops it on reset', () => {
    render(<Guarded when />);
    click(byText('Leave'));
    expect(window.location.pathname).toBe('/lb/start');
    click(byText('Stay'));
    expect(byText('Stay')).toBeNull();
    expect(window.location.pathname).toBe('/lb/start');
    click(byText('Leave'));
    click(byText('Go'));
    expect(window.location.pathname).toBe('/lb/elsewhere');
    expect(byText('Go')).toBeNull();
  });

  it('lets the same page change its query string, and everything through when not asked to block', () => {
    render(<Guarded when />);
    click(byText('Search'));
    expect(window.location.search).toBe('?q=x');
    mounted.render(<ConsoleRouter baseUrl="/lb/"><Guarded when={false} /></ConsoleRouter>);
    click(byText('Leave'));
    expect(window.location.pathname).toBe('/lb/elsewhere');
  });
});
