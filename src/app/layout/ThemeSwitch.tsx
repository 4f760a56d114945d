import { useState } from 'react';
import { Switch } from '@patternfly/react-core';
import { saveTheme, storedTheme, type Theme } from '../theme';

export function ThemeSwitch() {
  const [theme, setTheme] = useState<Theme>(storedTheme);
  return (
    <Switch
      id="theme-switch"
      label="Dark theme"
      isChecked={theme === 'dark'}
      onChange={(_event, dark) => {
        const next: Theme = dark ? 'dark' : 'light';
        saveTheme(next);
        setTheme(next);
      }}
    />
  );
}
