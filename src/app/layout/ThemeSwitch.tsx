import { useEffect, useState } from 'react';
import { Switch } from '@patternfly/react-core';
import { useNotify } from '@/components/feedback';
import { saveTheme, shownTheme, storedTheme, type Theme } from '../theme';

const DARK_THEME_FAILED = new Error('Its style sheet could not be loaded. Check the connection to the console, then reload the page and try again.');

export function ThemeSwitch() {
  const notify = useNotify();
  const [theme, setTheme] = useState<Theme>(storedTheme);
  useEffect(() => {
    let current = true;
    void shownTheme().then((shown) => current && setTheme(shown));
    return () => {
      current = false;
    };
  }, []);
  return (
    <Switch
      id="theme-switch"
      label="Dark theme"
      isChecked={theme === 'dark'}
      onChange={(_event, dark) => {
        const next: Theme = dark ? 'dark' : 'light';
        setTheme(next);
        void saveTheme(next).then((shown) => {
          setTheme(shown);
          if (shown !== next) notify.error('The dark theme is not available', DARK_THEME_FAILED);
        });
      }}
    />
  );
}
