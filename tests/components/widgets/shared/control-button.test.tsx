import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ControlButton } from '@/components/widgets/shared/control-button';

describe('ControlButton', () => {
  it('takes the caller’s sizes as the only size utilities on the button', () => {
    render(<ControlButton className="min-h-9 px-2 text-xs">작게</ControlButton>);
    const classes = screen.getByRole('button', { name: '작게' }).className.split(' ');
    expect(classes).toEqual(expect.arrayContaining(['control-button', 'min-h-9', 'px-2', 'text-xs']));
    // Its own defaults are not utilities competing with the caller's in the built CSS…
    expect(classes.filter((name) => /^(min-h|px|text-(xs|sm|base))-?/.test(name))).toEqual(['min-h-9', 'px-2', 'text-xs']);
  });

  it('keeps its defaults in the components layer, which every utility overrides', () => {
    // …they live under @layer components, below @layer utilities in the cascade.
    const css = readFileSync(join(__dirname, '../../../../app/globals.css'), 'utf8');
    expect(css).toMatch(/@layer components \{\s*\.control-button \{\s*@apply [^;]*min-h-11[^;]*px-3\.5[^;]*text-sm/);
  });

  it('is a plain button by default, never a form submit', () => {
    render(<ControlButton>누르기</ControlButton>);
    expect(screen.getByRole('button', { name: '누르기' })).toHaveAttribute('type', 'button');
  });
});
