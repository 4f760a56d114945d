import type { ReactNode } from 'react';
import { Content, Flex, FlexItem, PageSection, Title } from '@patternfly/react-core';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Above the title, e.g. a breadcrumb. */
  breadcrumb?: ReactNode;
}

export function PageHeader({ title, description, actions, breadcrumb }: PageHeaderProps) {
  return (
    <PageSection variant="default" className="console-page-header">
      {breadcrumb}
      <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }} alignItems={{ default: 'alignItemsFlexStart' }} flexWrap={{ default: 'wrap' }}>
        <FlexItem>
          <Title headingLevel="h1">{title}</Title>
          {description && <Content component="p" className="console-page-description">{description}</Content>}
        </FlexItem>
        {actions && <FlexItem>{actions}</FlexItem>}
      </Flex>
    </PageSection>
  );
}
