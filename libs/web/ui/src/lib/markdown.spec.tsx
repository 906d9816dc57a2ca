import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown';

describe('Markdown', () => {
  it('renders headings, lists and emphasis instead of showing their marks', () => {
    render(<Markdown>{'## 1. Objet\n\nLes **partenaires** :\n\n- police\n- écoles'}</Markdown>);
    expect(screen.getByRole('heading', { name: '1. Objet' })).toBeInTheDocument();
    expect(screen.getByText('partenaires').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['police', 'écoles']);
    expect(document.body.textContent).not.toContain('##');
  });

  it('places the text’s headings under the page’s own', () => {
    render(<Markdown headingLevel={3}>{'# Titre\n\n## Sous-titre'}</Markdown>);
    expect(screen.getByRole('heading', { name: 'Titre' }).tagName).toBe('H3');
    expect(screen.getByRole('heading', { name: 'Sous-titre' }).tagName).toBe('H4');
  });

  it('renders GitHub tables', () => {
    render(<Markdown>{'| Région | Tables |\n| --- | --- |\n| Laurentides | 2 |'}</Markdown>);
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Laurentides' })).toBeInTheDocument();
  });

  it('drops scripts, event handlers and javascript: links', () => {
    const { container } = render(
      <Markdown>
        {'<script>window.hacked = true</script>\n\n<img src="x" onerror="alert(1)">\n\n[clic](javascript:alert(1)) [site](https://exemple.test)'}
      </Markdown>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(screen.getByText('clic').getAttribute('href') ?? '').not.toContain('javascript');
    const site = screen.getByRole('link', { name: 'site' });
    expect(site).toHaveAttribute('href', 'https://exemple.test');
    expect(site).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
