import { useNavigate } from '@/components/routing';
import { Dropdown, DropdownItem, DropdownList } from '@patternfly/react-core';
import { paths } from '@/app/paths';
import type { MenuPopupProps } from '@/components/menus';

export default function CreateVirtualServiceDropdown({ toggleRef, isOpen, setIsOpen }: MenuPopupProps) {
  const navigate = useNavigate();
  return (
    <Dropdown isOpen={isOpen} shouldFocusFirstItemOnOpen onOpenChange={setIsOpen} onSelect={() => setIsOpen(false)} toggle={{ toggleRef, toggleNode: null }}>
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
