// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReaderApp } from '../../components/ReaderApp';
import { webUrl } from '../../corpus/metadata';
import { seedIndex } from '../seeds';

afterEach(cleanup);

describe('links to a corpus article’s source', () => {
  it('are made only for http and https addresses', () => {
    expect(webUrl('https://news.example/a')).toBe('https://news.example/a');
    expect(webUrl('http://news.example/a')).toBe('http://news.example/a');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'not a url', '']) expect(webUrl(bad)).toBeNull();
  });

  it('shows a javascript: address as text, never as a link', () => {
    const article = { ...seedIndex.articles[0]!, url: 'javascript:alert(document.domain)' };
    const { container } = render(<ReaderApp article={article} error={null} line={null} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('javascript:alert(document.domain)');
    cleanup();
    const { container: web } = render(<ReaderApp article={{ ...article, url: 'https://news.example/story' }} error={null} line={null} />);
    expect(web.querySelector('a')!.getAttribute('href')).toBe('https://news.example/story');
  });
});
