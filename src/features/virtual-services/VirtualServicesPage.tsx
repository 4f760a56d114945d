import { PageSection, Title } from '@patternfly/react-core';

export default function VirtualServicesPage() {
  return (
    <PageSection>
      <Title headingLevel="h1">Virtual Services</Title>
    </PageSection>
  );
}
