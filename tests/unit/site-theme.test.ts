// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { siteTheme } from '../../src/ui/site-theme.ts';

describe('the site\'s look', () => {
  it.each([
    ['rgb(0, 0, 0)', 'dark'], // X "Lights out"
    ['rgb(21, 32, 43)', 'dark'], // X "Dim"
    ['rgb(27, 31, 35)', 'dark'], // LinkedIn dark
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(243, 242, 239)', 'light'], // LinkedIn light
  ])('reads %s as %s', (color, theme) => {
    document.body.style.backgroundColor = color;
    expect(siteTheme()).toBe(theme);
  });

  it('looks at the root when the body is transparent, and follows the system when neither has a colour', () => {
    document.body.style.backgroundColor = 'transparent';
    document.documentElement.style.backgroundColor = 'rgb(0, 0, 0)';
    expect(siteTheme()).toBe('dark');
    document.documentElement.style.backgroundColor = '';
    expect(siteTheme()).toBeUndefined();
  });
});
