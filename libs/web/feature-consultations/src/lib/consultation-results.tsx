import { useState } from 'react';
import type { ConsultationDetail, ConsultationQuestion } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, DataTable, Section } from '@concertation/web-ui';
import { buildResultsCsv, csvFileName, downloadText } from './results-csv';
import { ResultChart } from './result-chart';

type Results = NonNullable<ConsultationDetail['results']>;
type QuestionResult = Results['questions'][number];

function ChoiceResult({ question, result }: { question: ConsultationQuestion; result: QuestionResult | undefined }) {
  const { t, formatNumber } = useI18n();
  const counts = new Map((result?.optionCounts ?? []).map((entry) => [entry.option, entry.count]));
  const rows = question.options.map((option) => ({ option, count: counts.get(option) ?? 0 }));
  const summary = rows.map((row) => t('consultations.results.optionSummary', { option: row.option, count: formatNumber(row.count) })).join(', ');
  return (
    <div className="result-block">
      <ResultChart data={rows.map((row) => ({ label: row.option, value: row.count }))} summary={t('consultations.results.chartSummary', { summary })} />
      <DataTable
        caption={question.prompt}
        rows={rows}
        rowKey={(row) => row.option}
        columns={[
          { key: 'option', header: t('consultations.results.option'), rowHeader: true, render: (row) => row.option },
          { key: 'count', header: t('consultations.results.count'), render: (row) => formatNumber(row.count) },
        ]}
      />
    </div>
  );
}

function ScaleResult({ question, result }: { question: ConsultationQuestion; result: QuestionResult | undefined }) {
  const { t, language } = useI18n();
  const average = result?.averageScale ?? null;
  // One decimal, as people read an average out of 5: « 3,7 ».
  const shown =
    average === null
      ? t('consultations.results.noAverage')
      : new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 }).format(average);
  return (
    <div className="result-block">
      {average !== null && (
        <ResultChart
          data={[{ label: t('consultations.results.average'), value: Math.round(average * 10) / 10 }]}
          max={5}
          decimals={1}
          summary={t('consultations.results.chartSummary', { summary: t('consultations.results.averageSummary', { value: shown }) })}
        />
      )}
      <DataTable
        caption={question.prompt}
        rows={[{ measure: t('consultations.results.average'), value: shown }]}
        rowKey={(row) => row.measure}
        columns={[
          { key: 'measure', header: t('consultations.results.measure'), rowHeader: true, render: (row) => row.measure },
          { key: 'value', header: t('consultations.results.value'), render: (row) => row.value },
        ]}
      />
    </div>
  );
}

function TextResult({ result }: { result: QuestionResult | undefined }) {
  const { t } = useI18n();
  const texts = result?.texts ?? [];
  if (texts.length === 0) return <p className="muted">{t('consultations.results.noTexts')}</p>;
  return (
    <ul className="result-texts">
      {texts.map((text, index) => (
        // Texts come without ids or authors, oldest first: their place is their identity.
        <li key={index}>
          <blockquote className="prose">{text}</blockquote>
        </li>
      ))}
    </ul>
  );
}

/**
 * The results, question by question: a chart and a table with the same numbers for choice and
 * scale questions, the list of answers for text questions, and the whole as a CSV file.
 */
export function ConsultationResults({ consultation, results }: { consultation: ConsultationDetail; results: Results }) {
  const { t, formatNumber, language } = useI18n();
  const [status, setStatus] = useState('');
  const byQuestion = new Map(results.questions.map((result) => [result.question.id, result]));

  const download = () => {
    const decimal = new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 2, useGrouping: false });
    const csv = buildResultsCsv(consultation, {
      position: t('consultations.results.csv.position'),
      question: t('consultations.results.csv.question'),
      kind: t('consultations.results.csv.kind'),
      answer: t('consultations.results.csv.answer'),
      count: t('consultations.results.csv.count'),
      average: t('consultations.results.csv.average'),
      kinds: {
        SINGLE_CHOICE: t('consultations.kinds.SINGLE_CHOICE'),
        MULTIPLE_CHOICE: t('consultations.kinds.MULTIPLE_CHOICE'),
        SCALE: t('consultations.kinds.SCALE'),
        TEXT: t('consultations.kinds.TEXT'),
      },
      formatAverage: (value) => decimal.format(value),
    });
    downloadText(csv, csvFileName(consultation.title));
    setStatus(t('consultations.results.downloaded'));
  };

  return (
    <Section
      title={t('consultations.results.title')}
      actions={
        <Button variant="secondary" onClick={download}>
          {t('consultations.results.download')}
        </Button>
      }
    >
      <p>{t('consultations.results.summary', { responses: formatNumber(results.responseCount), invited: formatNumber(results.invitedCount) })}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {results.responseCount === 0 && <p className="muted">{t('consultations.results.none')}</p>}
      {consultation.questions.map((question) => {
        const result = byQuestion.get(question.id);
        return (
          <Section key={question.id} level={3} title={`${question.position}. ${question.prompt}`}>
            <p className="muted">{t(`consultations.kinds.${question.kind}` as const)}</p>
            {question.kind === 'TEXT' ? (
              <TextResult result={result} />
            ) : question.kind === 'SCALE' ? (
              <ScaleResult question={question} result={result} />
            ) : (
              <ChoiceResult question={question} result={result} />
            )}
          </Section>
        );
      })}
    </Section>
  );
}
