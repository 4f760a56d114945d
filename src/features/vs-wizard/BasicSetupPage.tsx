import { PageSection, Title } from '@patternfly/react-core';

export default function BasicSetupPage() {
  return (
    <PageSection>
      <Title headingLevel="h1">New Virtual Service (Basic Setup)</Title>
    </PageSection>
  );
}
