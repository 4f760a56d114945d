import { lazy, Suspense } from 'react';
import { Bullseye, Modal, ModalBody, Spinner } from '@patternfly/react-core';
import { paths } from '@/app/paths';
import type { ApplicationProfileEditorProps, ProfileEditorLinks } from '@/components/application-profile-editor/types';

/** The shared Edit Application Profile editor (the wizard uses it too), loaded when first opened. */
const ApplicationProfileEditorModal = lazy(() =>
  import('@/components/application-profile-editor').then((module) => ({ default: module.ApplicationProfileEditorModal })),
);

const links: ProfileEditorLinks = {
  virtualServicesUsing: (uuid, name) => paths.virtualServicesUsing('applicationprofile', uuid, name),
  seGroup: (uuid) => paths.seGroup(uuid),
  virtualService: (uuid) => paths.virtualService(uuid),
};

export function ProfileEditorSlot(props: Omit<ApplicationProfileEditorProps, 'links'>) {
  return (
    <Suspense
      fallback={
        <Modal isOpen variant="small" aria-label="Loading the application profile editor" onClose={props.onCancel}>
          <ModalBody>
            <Bullseye>
              <Spinner aria-label="Loading the application profile editor" />
            </Bullseye>
          </ModalBody>
        </Modal>
      }
    >
      <ApplicationProfileEditorModal {...props} links={links} />
    </Suspense>
  );
}
