import type { ReactNode } from 'react';
import { PageSection, Title } from '@patternfly/react-core';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Above the title, e.g. a breadcrumb. */
  breadcrumb?: ReactNode;
}

/**
 * Title, description and actions of a page. Laid out and styled with a few lines of CSS (console.css), not with
 * PatternFly's Flex and Content and their style sheets: every page's first paint carries this header.
 */
export function PageHeader({ title, description, actions, breadcrumb }: PageHeaderProps) {
  return (
    <PageSection variant="default" className="console-page-header">
      {breadcrumb}
      <div className="console-page-header__row">
        <div>
          <Title headingLevel="h1">{title}</Title>
          {description && <p className="console-page-description">{description}</p>}
        </div>
        {actions && <div>{actions}</div>}
      </div>
    </PageSection>
  );
}
