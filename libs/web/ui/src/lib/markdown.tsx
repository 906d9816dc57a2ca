import { createElement, type ComponentPropsWithoutRef } from 'react';
import ReactMarkdown, { type Components, type Options } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { cx } from './class-names';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface MarkdownProps {
  /** Text as people wrote it: Markdown with GitHub's tables and lists; raw HTML is dropped. */
  children: string;
  /**
   * The level a `#` heading takes on this page, so that a protocol's « ## 1. Objet » sits under the
   * page's own headings instead of competing with them (the outline screen readers navigate by).
   */
  headingLevel?: HeadingLevel;
  className?: string;
  /**
   * Steps on the rendered tree that run after sanitizing, so that they add only what the application
   * itself puts there (a version diff's <ins> and <del>), never what people wrote.
   */
  rehypePlugins?: Options['rehypePlugins'];
}

function headings(top: HeadingLevel): Components {
  const levelOf = (depth: number) => `h${Math.min(6, top + depth - 1)}`;
  const components: Components = {};
  for (const depth of [1, 2, 3, 4, 5, 6] as const) {
    components[`h${depth}`] = ({ node: _node, ...props }: ComponentPropsWithoutRef<'h1'> & { node?: unknown }) => createElement(levelOf(depth), props);
  }
  return components;
}

const componentsByLevel = new Map<HeadingLevel, Components>();

function componentsFor(top: HeadingLevel): Components {
  let components = componentsByLevel.get(top);
  if (!components) {
    components = {
      ...headings(top),
      // Links people wrote leave the application: a new tab, and no access back to it.
      a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
    };
    componentsByLevel.set(top, components);
  }
  return components;
}

/**
 * Markdown that people wrote, rendered safely: rehype-sanitize keeps GitHub's safe subset (no
 * script, no event handler, no `javascript:` link), so a minutes text cannot run code in a reader's session.
 */
export function Markdown({ children, headingLevel = 3, className, rehypePlugins = [] }: MarkdownProps) {
  return (
    <div className={cx('markdown', className)}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize, ...(rehypePlugins ?? [])]} components={componentsFor(headingLevel)}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
