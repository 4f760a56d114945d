import { PageSection, Title } from '@patternfly/react-core';

export default function EditVirtualServicePage() {
  return (
    <PageSection>
      <Title headingLevel="h1">New Virtual Service</Title>
    </PageSection>
  );
}
