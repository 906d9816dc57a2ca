export interface LoadingProps {
  /** What is loading, in words: « Chargement de la table… ». */
  label: string;
  inline?: boolean;
}

export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}

export function Loading({ label, inline }: LoadingProps) {
  return (
    <div className={inline ? 'loading loading--inline' : 'loading'} role="status" aria-live="polite">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
