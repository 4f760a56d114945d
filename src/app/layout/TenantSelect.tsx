import { useLocation, useNavigate } from '@/components/routing';
import { Select, SelectList, SelectOption } from '@patternfly/react-core';
import type { MenuPopupProps } from '@/components/menus';
import { useSession } from '@/session';
import { listPathOf } from '../paths';

/** Pages of one object go back to their list: the object is not in the other tenant. */
export default function TenantSelect({ toggleRef, isOpen, setIsOpen }: MenuPopupProps) {
  const { tenant, tenants, switchTenant } = useSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <Select
      isOpen={isOpen}
      shouldFocusFirstItemOnOpen
      selected={tenant}
      onOpenChange={setIsOpen}
      onSelect={(_event, value) => {
        setIsOpen(false);
        if (typeof value !== 'string' || value === tenant) return;
        switchTenant(value);
        const list = listPathOf(pathname);
        if (list !== pathname) navigate(list);
      }}
      toggle={{ toggleRef, toggleNode: null }}
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
