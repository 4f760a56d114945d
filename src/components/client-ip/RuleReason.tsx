import { Button, HelperText, HelperTextItem } from '@patternfly/react-core';
import ExternalLinkAltIcon from '@patternfly/react-icons/dist/esm/icons/external-link-alt-icon';
import { NewTabLink } from '../links/NewTabLink';
import type { Remedy, Violation } from '@/domain/rules';
import { remedyText } from '../violations/remedy-text';
import type { FixResolver } from './fix-action';
import './client-ip.css';

interface RuleReasonProps {
  /** Referenced by the control's `aria-describedby`: the reason is its accessible description. */
  id: string;
  violations: readonly Violation[];
  /** Leads the text, e.g. "Not available:". */
  lead?: string;
  variant?: 'warning' | 'error';
  fixFor?: FixResolver | undefined;
  /** Remedies not worth offering here (e.g. "turn off X" under a disabled X). */
  hideRemedy?: ((remedy: Remedy) => boolean) | undefined;
}

/**
 * Why a control is disabled (or a value refused), as visible text: each violated rule with its admin-facing
 * message naming the object at fault, then the fixes — buttons for what can be done here, links for the rest.
 */
export function RuleReason({ id, violations, lead, variant = 'warning', fixFor, hideRemedy }: RuleReasonProps) {
  if (violations.length === 0) return null;
  const unique = violations.filter((v, i) => violations.findIndex((o) => o.message === v.message) === i);
  const seenFix = new Set<string>();
  const fixes = unique.flatMap((violation) =>
    violation.remedies.flatMap((remedy) => {
      if (hideRemedy?.(remedy)) return [];
      const action = fixFor?.(remedy);
      const key = action?.label ?? remedyText(remedy);
      if (seenFix.has(key)) return [];
      seenFix.add(key);
      return [{ remedy, action, key }];
    }),
  );
  return (
    <div id={id} className="client-ip-reason">
      <HelperText>
        {unique.map((violation) => (
          <HelperTextItem key={violation.message} variant={variant}>
            {lead ? `${lead} ` : ''}
            {violation.message} <span className="client-ip-reason__rule">({violation.rule})</span>
          </HelperTextItem>
        ))}
      </HelperText>
      {fixes.length > 0 && (
        <ul className="client-ip-reason__fixes" aria-label="How to fix it">
          {fixes.map(({ action, key }) => (
            <li key={key}>
              {action?.onClick ? (
                <Button variant="link" isInline onClick={action.onClick}>
                  {action.label}
                </Button>
              ) : action?.href ? (
                <NewTabLink to={action.href}>
                  {action.label} <ExternalLinkAltIcon aria-hidden /> <span className="pf-v6-screen-reader">(opens in a new tab)</span>
                </NewTabLink>
              ) : (
                key
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
