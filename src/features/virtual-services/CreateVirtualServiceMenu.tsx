import { useNavigate } from '@/components/routing';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { paths } from '@/app/paths';
import { useMenuOnFirstOpen } from '@/components/menus';
import { useSession } from '@/session';

/** SPEC §5: "Create Virtual Service" opens a menu with "Basic Setup" and "Advanced Setup". */
export function CreateVirtualServiceMenu() {
  const { readOnly } = useSession();
  const navigate = useNavigate();
  const { armed, isOpen: open, setIsOpen: setOpen, openFirstTime } = useMenuOnFirstOpen();
  if (!armed) {
    return (
      <MenuToggle variant="primary" onClick={openFirstTime} isExpanded={false} isDisabled={readOnly}>
        Create Virtual Service
      </MenuToggle>
    );
  }
  return (
    <Dropdown
      isOpen={open}
      shouldFocusFirstItemOnOpen
      onOpenChange={setOpen}
      onSelect={() => setOpen(false)}
      toggle={(ref) => (
        <MenuToggle ref={ref} variant="primary" onClick={() => setOpen((o) => !o)} isExpanded={open} isDisabled={readOnly}>
          Create Virtual Service
        </MenuToggle>
      )}
    >
      <DropdownList>
        <DropdownItem value="basic" onClick={() => navigate(paths.createVirtualServiceBasic)}>
          Basic Setup
        </DropdownItem>
        <DropdownItem value="advanced" onClick={() => navigate(paths.createVirtualService)}>
          Advanced Setup
        </DropdownItem>
      </DropdownList>
    </Dropdown>
  );
}
