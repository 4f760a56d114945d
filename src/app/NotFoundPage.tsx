import { Link } from '@/components/routing';
import { Button, EmptyState, EmptyStateBody, EmptyStateFooter, PageSection } from '@patternfly/react-core';
import { paths } from './paths';

export default function NotFoundPage() {
  return (
    <PageSection>
      <EmptyState headingLevel="h1" titleText="Page not found">
        <EmptyStateBody>This address does not match any page of the console.</EmptyStateBody>
        <EmptyStateFooter>
          <Button variant="primary" component={(props: object) => <Link {...props} to={paths.virtualServices} />}>
            Go to Virtual Services
          </Button>
        </EmptyStateFooter>
      </EmptyState>
    </PageSection>
  );
}
