import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { serveTerminal } from '@/components/terminal/run-queue';
import { CodeBlock } from '@/components/mdx/code-block';
import { H2 } from '@/components/mdx/heading';

describe('CodeBlock', () => {
  it('labels the block and copies its code, announcing the result', async () => {
    const user = userEvent.setup();
    render(
      <CodeBlock data-language="dockerfile" data-title="Dockerfile" tabIndex={0}>
        <code>FROM ruby:3.3</code>
      </CodeBlock>,
    );
    expect(screen.getByText('Dockerfile')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '코드 복사' }));
    await expect(navigator.clipboard.readText()).resolves.toBe('FROM ruby:3.3');
    expect(screen.getByRole('status')).toHaveTextContent('코드를 클립보드에 복사했습니다.');
    expect(screen.getByRole('button', { name: '복사됨' })).toBeInTheDocument();
  });

  it('falls back to the language name when there is no title', () => {
    render(
      <CodeBlock data-language="bash">
        <code>docker run hello-world</code>
      </CodeBlock>,
    );
    expect(screen.getByText('터미널')).toBeInTheDocument();
  });
});

describe('heading', () => {
  it('carries its id and a named link to itself', () => {
    render(<H2 id="layers">레이어와 캐시</H2>);
    const heading = screen.getByRole('heading', { level: 2, name: /레이어와 캐시/ });
    expect(heading).toHaveAttribute('id', 'layers');
    expect(screen.getByRole('link', { name: '‘레이어와 캐시’ 절 링크' })).toHaveAttribute('href', '#layers');
  });
});

describe('터미널에서 실행', () => {
  it('sends a command block to the page’s terminal and brings the terminal into view', async () => {
    const user = userEvent.setup();
    const runs: (readonly string[])[] = [];
    const stop = serveTerminal('counter', (lines) => runs.push(lines));
    const scrolled = vi.fn();
    try {
      render(
        <>
          <CodeBlock data-language="bash">
            <code>
              <span>cd myapp</span>
              {'\n'}
              <span>docker build -t myapp .</span>
            </code>
          </CodeBlock>
          <div data-terminal="counter" ref={(element) => void (element && (element.scrollIntoView = scrolled))} />
        </>,
      );
      await user.click(await screen.findByRole('button', { name: '터미널에서 실행' }));
      expect(runs).toEqual([['cd myapp', 'docker build -t myapp .']]);
      expect(scrolled).toHaveBeenCalled();
    } finally {
      stop();
    }
  });

  it('is not offered without a terminal on the page, nor for other commands', () => {
    render(
      <>
        <CodeBlock data-language="bash">
          <code>docker run hello-world</code>
        </CodeBlock>
        <CodeBlock data-language="bash">
          <code>sudo chown -R &quot;$USER&quot; myapp</code>
        </CodeBlock>
      </>,
    );
    expect(screen.queryByRole('button', { name: '터미널에서 실행' })).toBeNull();
  });
});
