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

/** PatternFly's "Current page" field: digits only, brought within the pages as typed, applied on Enter. */
export function PageNumberInput({ page, pages, isDisabled, onSetPage }: PageNumberInputProps) {
  // What is typed belongs to the page it was typed on: a page change from elsewhere shows the new page.
  const [draft, setDraft] = useState({ page, text: String(page) });
  const text = draft.page === page ? draft.text : String(page);
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
          setDraft({ page, text: typed === undefined ? event.currentTarget.value : String(typed) });
        }}
        onKeyDown={(event) => {
          if (!isPageInputKey(event.key)) event.preventDefault();
          else if (event.key === 'Enter') onSetPage(parseTypedPage(text, pages) ?? page);
        }}
      />
    </span>
  );
}
