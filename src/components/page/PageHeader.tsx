import type { ReactNode } from 'react';
import { Content, PageSection, Title } from '@patternfly/react-core';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Above the title, e.g. a breadcrumb. */
  breadcrumb?: ReactNode;
}

/** Title, description and actions of a page. Laid out with a few lines of CSS (console.css), not the Flex layout and its stylesheet. */
export function PageHeader({ title, description, actions, breadcrumb }: PageHeaderProps) {
  return (
    <PageSection variant="default" className="console-page-header">
      {breadcrumb}
      <div className="console-page-header__row">
        <div>
          <Title headingLevel="h1">{title}</Title>
          {description && <Content component="p" className="console-page-description">{description}</Content>}
        </div>
        {actions && <div>{actions}</div>}
      </div>
    </PageSection>
  );
}
