import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ControlButton } from '@/components/widgets/shared/control-button';

describe('ControlButton', () => {
  it('takes its height and padding from size, never two of either (the later one would not win in the built CSS)', () => {
    render(<ControlButton size="sm" className="w-full">작게</ControlButton>);
    const classes = screen.getByRole('button', { name: '작게' }).className.split(' ');
    expect(classes).toEqual(expect.arrayContaining(['min-h-9', 'px-2', 'w-full']));
    expect(classes).not.toContain('min-h-11');
    expect(classes).not.toContain('px-3.5');
  });

  it('is a plain button by default, never a form submit', () => {
    render(<ControlButton>누르기</ControlButton>);
    expect(screen.getByRole('button', { name: '누르기' })).toHaveAttribute('type', 'button');
  });
});
