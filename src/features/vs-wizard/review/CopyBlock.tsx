import { useState } from 'react';
import { Button, Title } from '@patternfly/react-core';
import CopyIcon from '@patternfly/react-icons/dist/esm/icons/copy-icon';

interface CopyBlockProps {
  id: string;
  title: string;
  text: string;
  copyLabel: string;
}

/** A titled block of code (JSON or CLI) in a plain <pre>, with a button that copies it. */
export function CopyBlock({ id, title, text, copyLabel }: CopyBlockProps) {
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section aria-labelledby={`${id}-title`} className="vs-wizard-copy-block">
      <div className="vs-wizard-row vs-wizard-row--spread vs-wizard-row--center">
        <div>
          <Title headingLevel="h3" id={`${id}-title`}>
            {title}
          </Title>
        </div>
        <div>
          <span role="status" className="vs-wizard-muted vs-wizard-small">
            {copied === 'yes' ? 'Copied to the clipboard. ' : copied === 'failed' ? 'The browser did not allow copying: select the text instead. ' : ''}
          </span>
          <Button variant="secondary" icon={<CopyIcon />} onClick={() => void copy()}>
            {copyLabel}
          </Button>
        </div>
      </div>
      <pre id={id} className="vs-wizard-code" tabIndex={0} aria-labelledby={`${id}-title`}>
        {text}
      </pre>
    </section>
  );
}
