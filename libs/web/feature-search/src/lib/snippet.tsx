import { splitSnippet } from './highlight';

/** A result's excerpt with the matched words in <mark>: the text stays text, never HTML. */
export function Snippet({ text }: { text: string }) {
  return (
    <>
      {splitSnippet(text).map((part, index) =>
        part.marked ? (
          <mark key={index} className="search-result__match">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
