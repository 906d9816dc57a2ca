import { useId, useRef, useState, type FormEvent } from 'react';
import { MAX_ALTERNATES } from '@concertation/shared-domain';
import { useDescribeError, useSetRepresentatives } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage, SelectField } from '@concertation/web-ui';
import type { Membership, Participant } from './types';

export interface RepresentativesFormProps {
  membership: Membership;
  /** The organization's people seated at the table: the only ones the API accepts. */
  candidates: Participant[];
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/**
 * The delegate and up to MAX_ALTERNATES alternates of one member organization, in order. Nothing is
 * sent before « Save »: moving and removing only change the list on screen.
 */
export function RepresentativesForm({ membership, candidates, onSaved, onCancel }: RepresentativesFormProps) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [save, { loading }] = useSetRepresentatives();
  const organizationName = membership.organization.name;
  const [delegateId, setDelegateId] = useState(membership.delegate?.id ?? '');
  const [alternateIds, setAlternateIds] = useState(() => membership.alternates.map((alternate) => alternate.id));
  const [toAdd, setToAdd] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [delegateError, setDelegateError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const ids = useId();
  const addId = `${ids}-add`;
  const delegateFieldId = `${ids}-delegate`;
  const focusById = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const rowButtons = useRef(new Map<string, HTMLButtonElement | null>());

  const nameOf = (id: string) => candidates.find((candidate) => candidate.id === id)?.user.displayName ?? '';
  const addable = candidates.filter((candidate) => candidate.id !== delegateId && !alternateIds.includes(candidate.id));
  const full = alternateIds.length >= MAX_ALTERNATES;

  const add = () => {
    if (!toAdd) {
      setAddError(t('tables.representatives.chooseAlternate'));
      focusById(addId);
      return;
    }
    setAlternateIds((current) => [...current, toAdd]);
    setToAdd('');
    setAddError(null);
  };

  const moveUp = (index: number) => {
    const id = alternateIds[index];
    setAlternateIds((current) => {
      const next = [...current];
      [next[index - 1], next[index]] = [next[index], next[index - 1]];
      return next;
    });
    // Keyboard users keep their place: focus follows the person moved (its « move up » button, or « remove » once first).
    requestAnimationFrame(() => rowButtons.current.get(index - 1 === 0 ? `remove:${id}` : `up:${id}`)?.focus());
  };

  const remove = (id: string) => {
    setAlternateIds((current) => current.filter((item) => item !== id));
    focusById(addId);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (delegateId && alternateIds.includes(delegateId)) {
      setDelegateError(t('tables.representatives.delegateIsAlternate'));
      focusById(delegateFieldId);
      return;
    }
    try {
      await save(membership.id, delegateId || null, alternateIds);
      onSaved(t('tables.representatives.saved', { name: organizationName }));
    } catch (error) {
      setFormError(describe(error, { BAD_USER_INPUT: t('tables.representatives.refusedPeople'), FORBIDDEN: t('tables.representatives.forbidden') }));
    }
  };

  if (candidates.length === 0) {
    return (
      <div className="representatives-form">
        <p className="muted">{t('tables.representatives.noCandidates', { name: organizationName })}</p>
        <Button variant="secondary" size="small" onClick={onCancel}>
          {t('common.close')}
        </Button>
      </div>
    );
  }

  return (
    <form className="form representatives-form" noValidate onSubmit={submit} aria-label={t('tables.representatives.title', { name: organizationName })}>
      <p className="form__note">{t('tables.representatives.explain', { name: organizationName, max: MAX_ALTERNATES })}</p>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <SelectField
        id={delegateFieldId}
        label={t('tables.representatives.delegateLabel')}
        placeholder={t('tables.representatives.none')}
        options={candidates.map((candidate) => ({ value: candidate.id, label: candidate.user.displayName }))}
        value={delegateId}
        error={delegateError}
        onChange={(event) => {
          setDelegateId(event.target.value);
          setDelegateError(null);
        }}
      />
      <fieldset className="representatives-form__alternates">
        <legend>{t('tables.representatives.alternatesLabel')}</legend>
        {alternateIds.length === 0 ? (
          <p className="muted">{t('tables.representatives.noAlternates')}</p>
        ) : (
          <ol className="representatives-form__list">
            {alternateIds.map((id, index) => {
              const name = nameOf(id);
              return (
                <li key={id}>
                  <span className="representatives-form__name">{`${index + 1}. ${name}`}</span>
                  <span className="button-row">
                    {index > 0 && (
                      <Button
                        ref={(node) => void rowButtons.current.set(`up:${id}`, node)}
                        size="small"
                        variant="secondary"
                        aria-label={t('tables.representatives.moveUpFor', { name })}
                        onClick={() => moveUp(index)}
                      >
                        {t('tables.representatives.moveUp')}
                      </Button>
                    )}
                    <Button
                      ref={(node) => void rowButtons.current.set(`remove:${id}`, node)}
                      size="small"
                      variant="secondary"
                      aria-label={t('tables.representatives.removeFor', { name })}
                      onClick={() => remove(id)}
                    >
                      {t('tables.representatives.remove')}
                    </Button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
        {full ? (
          <p className="muted">{t('tables.representatives.full', { max: MAX_ALTERNATES })}</p>
        ) : (
          addable.length > 0 && (
            <div className="inline-editor">
              <SelectField
                id={addId}
                className="field--compact"
                label={t('tables.representatives.addAlternateLabel')}
                placeholder={t('common.choose')}
                options={addable.map((candidate) => ({ value: candidate.id, label: candidate.user.displayName }))}
                value={toAdd}
                error={addError}
                onChange={(event) => {
                  setToAdd(event.target.value);
                  setAddError(null);
                }}
              />
              <Button size="small" variant="secondary" onClick={add}>
                {t('tables.representatives.add')}
              </Button>
            </div>
          )
        )}
      </fieldset>
      <div className="form__actions button-row">
        <Button type="submit" busy={loading}>
          {t('tables.representatives.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
