import { useRef } from 'react';
import { Button, TextInputGroup, TextInputGroupMain, TextInputGroupUtilities } from '@patternfly/react-core';
import RhMicronsCloseIcon from '@patternfly/react-icons/dist/esm/icons/rh-microns-close-icon';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';

interface SearchBoxProps {
  'aria-label': string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
}

/**
 * PatternFly's SearchInput as the console uses it (a search box with a Reset button), built from the same
 * parts and giving the same markup, without the advanced-search menu and form SearchInput always brings.
 */
export function SearchBox({ 'aria-label': ariaLabel, placeholder, value, onChange }: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <TextInputGroup>
      <TextInputGroupMain icon={<SearchIcon />} innerRef={input} value={value} placeholder={placeholder} aria-label={ariaLabel} onChange={(_event, next) => onChange(next)} />
      {value && (
        <TextInputGroupUtilities>
          <Button
            variant="plain"
            aria-label="Reset"
            icon={<RhMicronsCloseIcon />}
            onClick={() => {
              onChange('');
              input.current?.focus();
            }}
          />
        </TextInputGroupUtilities>
      )}
    </TextInputGroup>
  );
}
