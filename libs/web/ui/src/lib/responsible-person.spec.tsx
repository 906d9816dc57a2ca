import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { ResponsiblePerson } from './responsible-person';

const police = { name: 'Service de police fictif' };
const youth = { name: 'Centre jeunesse fictif' };

describe('ResponsiblePerson', () => {
  it('writes the person, then their organization muted', () => {
    const { container } = render(<ResponsiblePerson person={{ displayName: 'Camille Tremblay', organization: police }} nobody="Personne" />);
    expect(container.querySelector('.responsible__name')?.textContent).toBe('Camille Tremblay');
    expect(container.querySelector('.responsible__organization')?.textContent).toBe('Service de police fictif');
    expect(container.textContent).toBe('Camille Tremblay, Service de police fictif');
  });

  it('names the organization the item is assigned to rather than the person’s own', () => {
    const { container } = render(
      <ResponsiblePerson person={{ displayName: 'Camille Tremblay', organization: police }} organization={youth} nobody="Personne" />,
    );
    expect(container.querySelector('.responsible__organization')?.textContent).toBe('Centre jeunesse fictif');
  });

  it('writes the organization alone when it holds the item, and the person alone without one', () => {
    const alone = render(<ResponsiblePerson organization={police} nobody="Personne" />).container;
    expect(alone.querySelector('.responsible__name')?.textContent).toBe('Service de police fictif');
    expect(alone.querySelector('.responsible__organization')).toBeNull();
    const person = render(<ResponsiblePerson person={{ displayName: 'Sam Roy', organization: null }} nobody="Personne" />).container;
    expect(person.textContent).toBe('Sam Roy');
  });

  it('says when nobody is responsible, and reads a label first where asked', () => {
    const { container } = render(<ResponsiblePerson nobody="Aucun responsable désigné" label="Responsable :" />);
    expect(container.textContent).toBe('Responsable : Aucun responsable désigné');
    expect(container.querySelector('.visually-hidden')?.textContent).toBe('Responsable : ');
  });
});
