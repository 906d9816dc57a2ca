import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WriteAndPreview } from './write-and-preview';

const labels = { tabs: 'Résumé : écrire ou prévisualiser', write: 'Écrire', preview: 'Aperçu', empty: 'Rien à prévisualiser.' };

describe('WriteAndPreview', () => {
  it('switches between the field and its rendered preview, by click and by arrow keys', () => {
    render(
      <WriteAndPreview labels={labels} text={'## Points\n\n- un'}>
        <textarea aria-label="Texte" defaultValue="## Points" />
      </WriteAndPreview>,
    );
    const write = screen.getByRole('tab', { name: 'Écrire' });
    const preview = screen.getByRole('tab', { name: 'Aperçu' });
    expect(screen.getByRole('tablist', { name: labels.tabs })).toBeInTheDocument();
    expect(write).toHaveAttribute('aria-selected', 'true');
    expect(preview).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tabpanel')).toContainElement(screen.getByLabelText('Texte'));

    write.focus();
    fireEvent.keyDown(write, { key: 'ArrowRight' });
    expect(preview).toHaveFocus();
    expect(preview).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Aperçu' })).toContainElement(screen.getByRole('heading', { name: 'Points' }));
    // The field is kept, only hidden.
    expect(screen.getByLabelText('Texte', { selector: 'textarea' })).not.toBeVisible();

    fireEvent.keyDown(preview, { key: 'ArrowRight' });
    expect(write).toHaveFocus();
    fireEvent.keyDown(write, { key: 'End' });
    expect(preview).toHaveFocus();
    fireEvent.keyDown(preview, { key: 'Home' });
    expect(write).toHaveAttribute('aria-selected', 'true');
    fireEvent.click(preview);
    expect(preview).toHaveAttribute('aria-selected', 'true');
  });

  it('says so when there is nothing to preview', () => {
    render(
      <WriteAndPreview labels={labels} text="  ">
        <textarea aria-label="Texte" />
      </WriteAndPreview>,
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Aperçu' }));
    expect(screen.getByText('Rien à prévisualiser.')).toBeVisible();
  });
});

describe('WriteAndPreview with an error', () => {
  it('brings the field back into view when it becomes invalid', () => {
    const field = <textarea aria-label="Texte" />;
    const { rerender } = render(
      <WriteAndPreview labels={labels} text="x">
        {field}
      </WriteAndPreview>,
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Aperçu' }));
    expect(screen.getByLabelText('Texte')).not.toBeVisible();
    rerender(
      <WriteAndPreview labels={labels} text="x" invalid>
        {field}
      </WriteAndPreview>,
    );
    expect(screen.getByLabelText('Texte')).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Écrire' })).toHaveAttribute('aria-selected', 'true');
  });
});
