import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { css } from '@patternfly/react-styles';
import styles from '@patternfly/react-styles/css/components/Wizard/wizard';
import CaretDownIcon from '@patternfly/react-icons/dist/esm/icons/rh-microns-caret-down-icon';

export interface WizardFrameStep<Id extends string> {
  id: Id;
  name: string;
  /** Not reached yet: shown, not offered. */
  isDisabled: boolean;
}

export interface WizardFrameProps<Id extends string> {
  navAriaLabel: string;
  steps: readonly WizardFrameStep<Id>[];
  activeStep: Id;
  onStepClick(step: Id): void;
  /** The steps' content: the active step's, and any the caller keeps rendered hidden. */
  children: ReactNode;
  /** Id of the active step's title: it names the content when the content scrolls. */
  bodyLabelledBy?: string;
  /** The buttons below the steps (Back, Next, Cancel). */
  footer: ReactNode;
  className?: string;
}

/**
 * Whether the content scrolls: then it is a focusable region, so it can be scrolled from the keyboard.
 * Read when the browser reports a size change, after its own layout: nothing here forces one.
 */
function useScrolls(main: React.RefObject<HTMLElement | null>, body: React.RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const outer = main.current;
    const inner = body.current;
    if (!outer || !inner || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrolls(outer.scrollHeight > outer.clientHeight));
    observer.observe(outer);
    observer.observe(inner);
    return () => observer.disconnect();
  }, [main, body]);
  return scrolls;
}

/**
 * PatternFly's wizard markup (toggle, navigation, content, footer) around steps the caller keeps. PatternFly's
 * Wizard owns the active step and measures its content on every step change, forcing a layout and a second
 * render before the step can paint; here the caller moves between steps and nothing is measured.
 */
export function WizardFrame<Id extends string>({
  navAriaLabel,
  steps,
  activeStep,
  onStepClick,
  children,
  bodyLabelledBy,
  footer,
  className,
}: WizardFrameProps<Id>) {
  const [navExpanded, setNavExpanded] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const mainRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const scrolls = useScrolls(mainRef, bodyRef);
  const activeIndex = steps.findIndex((step) => step.id === activeStep);
  const active = steps[activeIndex];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !navExpanded) return;
    setNavExpanded(false);
    toggleRef.current?.focus();
  };

  return (
    <div className={css(styles.wizard, className)} onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className={css(styles.wizardToggle, navExpanded && styles.modifiers.expanded)}
        aria-expanded={navExpanded}
        aria-label={`${navAriaLabel}: step ${activeIndex + 1} of ${steps.length}, ${active?.name ?? ''}`}
        onClick={() => setNavExpanded((expanded) => !expanded)}
      >
        <span className={styles.wizardToggleList}>
          <span className={styles.wizardToggleListItem}>
            <span className={styles.wizardToggleNum}>{activeIndex + 1}</span> {active?.name}
          </span>
        </span>
        <span className={styles.wizardToggleIcon}>
          <CaretDownIcon />
        </span>
      </button>
      <div className={styles.wizardOuterWrap}>
        <div className={styles.wizardInnerWrap}>
          <nav className={css(styles.wizardNav, navExpanded && styles.modifiers.expanded)} aria-label={navAriaLabel}>
            <ol className={styles.wizardNavList} role="list">
              {steps.map((step) => {
                const isCurrent = step.id === activeStep;
                return (
                  <li key={step.id} className={styles.wizardNavItem}>
                    <button
                      type="button"
                      className={css(styles.wizardNavLink, isCurrent && styles.modifiers.current, step.isDisabled && styles.modifiers.disabled)}
                      disabled={step.isDisabled}
                      aria-current={isCurrent ? 'step' : undefined}
                      onClick={() => {
                        setNavExpanded(false);
                        onStepClick(step.id);
                      }}
                    >
                      <span className={styles.wizardNavLinkMain}>{step.name}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </nav>
          <div
            ref={mainRef}
            className={styles.wizardMain}
            {...(scrolls ? { role: 'region', tabIndex: 0, 'aria-labelledby': bodyLabelledBy, 'aria-label': bodyLabelledBy ? undefined : `${active?.name ?? ''} content` } : { tabIndex: -1 })}
          >
            <div ref={bodyRef} className={styles.wizardMainBody}>
              {children}
            </div>
          </div>
        </div>
        <footer className={styles.wizardFooter}>{footer}</footer>
      </div>
    </div>
  );
}
