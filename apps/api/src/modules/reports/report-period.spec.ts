import { DomainError } from '../../core/errors/domain-errors';
import { reportPeriod } from './report-period';

const refusal = (from: unknown, to: unknown) => {
  try {
    reportPeriod(from, to);
  } catch (error) {
    return error instanceof DomainError ? `${error.code} ${error.field}` : 'other';
  }
  return null;
};

describe('reportPeriod', () => {
  it('takes one day, and up to three years to the same calendar day', () => {
    expect(reportPeriod('2027-04-01', '2027-04-01')).toEqual({ from: '2027-04-01', to: '2027-04-01' });
    expect(reportPeriod('2024-04-01', '2027-04-01')).toEqual({ from: '2024-04-01', to: '2027-04-01' });
  });

  it('refuses a period that ends before it starts, or lasts more than three years', () => {
    expect(refusal('2027-04-02', '2027-04-01')).toBe('BAD_USER_INPUT to');
    expect(refusal('2024-04-01', '2027-04-02')).toBe('BAD_USER_INPUT to');
  });

  it('counts three years from 29 February to 28 February', () => {
    expect(reportPeriod('2024-02-29', '2027-02-28').to).toBe('2027-02-28');
    expect(refusal('2024-02-29', '2027-03-01')).toBe('BAD_USER_INPUT to');
  });

  it('refuses what is not a calendar date, naming the field', () => {
    expect(refusal('2027-02-30', '2027-03-01')).toBe('BAD_USER_INPUT from');
    expect(refusal('2027-01-01', undefined)).toBe('BAD_USER_INPUT to');
    expect(refusal(['2027-01-01'], '2027-03-01')).toBe('BAD_USER_INPUT from');
  });
});
