import { Link } from '@/components/routing';
import { Alert, Content, List, ListItem } from '@patternfly/react-core';
import type { Remedy, Violation } from '@/domain/rules';
import { remedyText } from './remedy-text';

interface ViolationAlertProps {
  violation: Violation;
  /** Where the admin can apply a remedy, when the console has a page for it. */
  remedyLink?(remedy: Remedy): string | undefined;
}

/** A SPEC §3 rule violation: the rule id, what is wrong, and each way to fix it. */
export function ViolationAlert({ violation, remedyLink }: ViolationAlertProps) {
  return (
    <Alert variant="danger" isInline title={`${violation.rule}: ${violation.message}`}>
      {violation.remedies.length > 0 && (
        <>
          <Content component="p">How to fix it:</Content>
          <List>
            {violation.remedies.map((remedy, index) => {
              const to = remedyLink?.(remedy);
              const text = remedyText(remedy);
              return <ListItem key={index}>{to ? <Link to={to}>{text}</Link> : text}</ListItem>;
            })}
          </List>
        </>
      )}
    </Alert>
  );
}
