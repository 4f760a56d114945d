import { useLocation, useNavigate } from '@/components/routing';
import { MenuToggle, Select, SelectList, SelectOption } from '@patternfly/react-core';
import { useMenuOnFirstOpen } from '@/components/menus';
import { useSession } from '@/session';
import { listPathOf } from '../paths';

/** Chooses the tenant sent as `X-Avi-Tenant`. Pages of one object go back to their list: the object is not in the other tenant. */
export function TenantSwitcher() {
  const { tenant, tenants, switchTenant } = useSession();
  const { armed, isOpen: open, setIsOpen: setOpen, openFirstTime } = useMenuOnFirstOpen();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const label = `Tenant: ${tenant}`;
  if (!armed) {
    return (
      <MenuToggle onClick={openFirstTime} isExpanded={false} isDisabled={tenants.length < 2}>
        {label}
      </MenuToggle>
    );
  }
  return (
    <Select
      isOpen={open}
      shouldFocusFirstItemOnOpen
      selected={tenant}
      onOpenChange={setOpen}
      onSelect={(_event, value) => {
        setOpen(false);
        if (typeof value !== 'string' || value === tenant) return;
        switchTenant(value);
        const list = listPathOf(pathname);
        if (list !== pathname) navigate(list);
      }}
      toggle={(ref) => (
        <MenuToggle ref={ref} onClick={() => setOpen((o) => !o)} isExpanded={open} isDisabled={tenants.length < 2}>
          {label}
        </MenuToggle>
      )}
      shouldFocusToggleOnSelect
    >
      <SelectList aria-label="Tenants">
        {tenants.map((name) => (
          <SelectOption key={name} value={name}>
            {name}
          </SelectOption>
        ))}
      </SelectList>
    </Select>
  );
}
