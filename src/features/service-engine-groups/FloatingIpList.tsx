import { Button, Flex, FlexItem, FormHelperText, HelperText, HelperTextItem, TextInput } from '@patternfly/react-core';
import MinusCircleIcon from '@patternfly/react-icons/dist/esm/icons/minus-circle-icon';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';

interface FloatingIpListProps {
  values: string[];
  errors: (string | undefined)[];
  isDisabled: boolean;
  onChange(values: string[]): void;
}

/** Floating interface IPs, one per line: the back-end servers' default gateway when IP routing is on. */
export function FloatingIpList({ values, errors, isDisabled, onChange }: FloatingIpListProps) {
  return (
    <>
      {values.map((value, index) => {
        const error = errors[index];
        const helperId = `floating-ip-${index}-helper`;
        return (
          <div key={index} className="console-list-row">
            <Flex flexWrap={{ default: 'nowrap' }} alignItems={{ default: 'alignItemsCenter' }} gap={{ default: 'gapSm' }}>
              <FlexItem grow={{ default: 'grow' }}>
                <TextInput
                  aria-label={`Floating IP ${index + 1}`}
                  value={value}
                  isDisabled={isDisabled}
                  validated={error ? 'error' : 'default'}
                  aria-describedby={error ? helperId : undefined}
                  onChange={(_event, next) => onChange(values.map((v, i) => (i === index ? next : v)))}
                />
              </FlexItem>
              <FlexItem>
                <Button
                  variant="plain"
                  aria-label={`Remove floating IP ${index + 1}`}
                  isDisabled={isDisabled}
                  onClick={() => onChange(values.filter((_v, i) => i !== index))}
                  icon={<MinusCircleIcon />}
                />
              </FlexItem>
            </Flex>
            {error && (
              <FormHelperText>
                <HelperText id={helperId}>
                  <HelperTextItem variant="error">{error}</HelperTextItem>
                </HelperText>
              </FormHelperText>
            )}
          </div>
        );
      })}
      <Button variant="link" isInline icon={<PlusCircleIcon />} isDisabled={isDisabled} onClick={() => onChange([...values, ''])}>
        Add floating IP
      </Button>
    </>
  );
}
