import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TableOfContents } from '@/components/layout/table-of-contents';

describe('TableOfContents', () => {
  it('links each h2 and its nested h3s to their anchors', () => {
    render(
      <TableOfContents
        toc={[
          { depth: 2, id: 'recipe', text: '레시피', children: [{ depth: 3, id: 'layers', text: '레이어' }] },
          { depth: 2, id: 'summary', text: '정리', children: [] },
        ]}
      />,
    );
    const nav = screen.getByRole('navigation', { name: '이 장의 내용' });
    expect(within(nav).getByRole('link', { name: '레시피' })).toHaveAttribute('href', '#recipe');
    expect(within(nav).getByRole('link', { name: '레이어' })).toHaveAttribute('href', '#layers');
    expect(within(nav).getByRole('link', { name: '정리' })).toHaveAttribute('href', '#summary');
    const nested = within(nav).getByRole('link', { name: '레이어' }).closest('ul');
    expect(nested?.closest('li')).toHaveTextContent('레시피');
  });

  it('renders nothing for a chapter without sections', () => {
    const { container } = render(<TableOfContents toc={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
