import { useState } from 'react';
import { css } from '@patternfly/react-styles';
import formStyles from '@patternfly/react-styles/css/components/FormControl/form-control';
import { isPageInputKey, parseTypedPage } from './pagination-math';

interface PageNumberInputProps {
  page: number;
  pages: number;
  isDisabled: boolean;
  onSetPage(page: number): void;
}

/**
 * PatternFly's "Current page" field: digits only, brought within the pages as typed, applied on Enter.
 * Its owner keys it by the page, so a page change from elsewhere drops what was typed.
 */
export function PageNumberInput({ page, pages, isDisabled, onSetPage }: PageNumberInputProps) {
  const [text, setText] = useState(String(page));
  return (
    <span className={css(formStyles.formControl, isDisabled && formStyles.modifiers.disabled)}>
      <input
        aria-label="Current page"
        type="number"
        min={pages <= 0 ? 0 : 1}
        max={pages}
        value={text}
        disabled={isDisabled}
        aria-invalid={false}
        onChange={(event) => {
          const typed = parseTypedPage(event.currentTarget.value, pages);
          setText(typed === undefined ? event.currentTarget.value : String(typed));
        }}
        onKeyDown={(event) => {
          if (!isPageInputKey(event.key)) event.preventDefault();
          else if (event.key === 'Enter') onSetPage(parseTypedPage(text, pages) ?? page);
        }}
      />
    </span>
  );
}
