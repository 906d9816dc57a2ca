import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TextField } from './text-field';
import { CheckboxGroup } from './checkbox-group';
import { useForm, type FieldErrors } from './use-form';

interface Values {
  name: string;
  email: string;
  topics: string[];
}

const required = (value: string) => (value.trim() ? undefined : 'Required.');

function Harness({
  action,
  describeFailure = () => ({ message: 'Something went wrong.' }),
}: {
  action: (values: Values) => Promise<unknown>;
  describeFailure?: (error: unknown) => { fields?: FieldErrors; message?: string | null };
}) {
  const form = useForm<Values>({ name: '', email: '', topics: [] }, describeFailure);
  const validate = (values: Values) => ({ name: required(values.name), email: required(values.email) });
  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={form.submit(validate, async (values) => {
        await action(values);
        form.setNotice('Saved.');
      })}
    >
      {form.formError && <p role="alert">{form.formError}</p>}
      {form.notice && <p role="status">{form.notice}</p>}
      <TextField label="Name" value={form.values.name} onChange={form.set('name')} error={form.errors.name} />
      <TextField label="E-mail" value={form.values.email} onChange={form.set('email')} error={form.errors.email} />
      <CheckboxGroup
        legend="Topics"
        options={[{ value: 'a', label: 'A' }]}
        values={form.values.topics}
        onChange={(topics) => form.setValue('topics', topics)}
        error={form.errors.topics}
      />
      <button type="submit">{form.busy ? 'Saving' : 'Save'}</button>
    </form>
  );
}

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: /Sav/ }));

describe('useForm', () => {
  it('stops at its own checks, focuses the first field to fix, and does not run the action', async () => {
    const action = vi.fn(async () => undefined);
    render(<Harness action={action} />);
    fill('E-mail', 'camille@example.ca');
    save();
    const name = screen.getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(name).toHaveFocus());
    expect(action).not.toHaveBeenCalled();
  });

  it('clears a field’s message as soon as that field changes, and only that one', () => {
    render(<Harness action={async () => undefined} />);
    save();
    expect(screen.getAllByText('Required.')).toHaveLength(2);
    fill('Name', 'Camille');
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('E-mail')).toHaveAttribute('aria-invalid', 'true');
  });

  it('runs the action with the values, busy while it runs', async () => {
    let finish = () => undefined as void;
    const action = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<Harness action={action} />);
    fill('Name', 'Camille');
    fill('E-mail', 'camille@example.ca');
    save();
    expect(action).toHaveBeenCalledWith({ name: 'Camille', email: 'camille@example.ca', topics: [] });
    expect(await screen.findByRole('button', { name: 'Saving' })).toBeInTheDocument();
    finish();
    expect(await screen.findByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
    // The next attempt starts without the last notice.
    fill('Name', '');
    save();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows what a failed action says, beside the fields and above the form, and focuses the field', async () => {
    const describeFailure = () => ({ fields: { email: 'Already taken.' }, message: 'Check the form.' });
    render(<Harness action={() => Promise.reject(new Error('refused'))} describeFailure={describeFailure} />);
    fill('Name', 'Camille');
    fill('E-mail', 'camille@example.ca');
    save();
    expect(await screen.findByRole('alert')).toHaveTextContent('Check the form.');
    const email = screen.getByLabelText('E-mail');
    expect(screen.getByText('Already taken.')).toBeInTheDocument();
    await waitFor(() => expect(email).toHaveFocus());
    // The next attempt starts without the last sentence.
    fill('Name', '');
    save();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('focuses a group of boxes the server named', async () => {
    render(<Harness action={() => Promise.reject(new Error('refused'))} describeFailure={() => ({ fields: { topics: 'Choose one.' } })} />);
    fill('Name', 'Camille');
    fill('E-mail', 'camille@example.ca');
    save();
    await waitFor(() => expect(screen.getByLabelText('A')).toHaveFocus());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
