import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { paths } from '@/app/paths';
import { useSession } from '@/session';

/** SPEC §5: "Create Virtual Service" opens a menu with "Basic Setup" and "Advanced Setup". */
export function CreateVirtualServiceMenu() {
  const { readOnly } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <Dropdown
      isOpen={open}
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
