import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from './class-names';

export interface TabItem {
  /** Stable within the tab list: the tab's and panel's ids are made from it. */
  key: string;
  label: string;
  panel: ReactNode;
  /** A panel with nothing focusable inside (a preview) is focusable itself, so that Tab reaches it. */
  focusablePanel?: boolean;
}

export interface TabsProps {
  /** What the tabs switch between, for assistive technology (« Notes : mode d’édition »). */
  label: string;
  tabs: readonly TabItem[];
  className?: string;
  /** The chosen tab, when the caller decides (otherwise the tabs keep it themselves, starting on the first). */
  selected?: string;
  onSelect?: (key: string) => void;
}

/**
 * The WAI-ARIA tabs pattern with automatic activation: one tab stop, arrows (and Home, End) move
 * between tabs. Every panel stays mounted and hidden ones keep their state, so that a half-typed
 * field in one tab is still there when the person comes back.
 */
export function Tabs({ label, tabs, className, selected: chosen, onSelect }: TabsProps) {
  const baseId = useId();
  const [own, setOwn] = useState(tabs[0]?.key ?? '');
  const selected = chosen ?? own;
  const setSelected = (key: string) => {
    setOwn(key);
    onSelect?.(key);
  };
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const tabId = (key: string) => `${baseId}-tab-${key}`;
  const panelId = (key: string) => `${baseId}-panel-${key}`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const key = tabs[target].key;
    setSelected(key);
    buttons.current.get(key)?.focus();
  };

  return (
    <div className={cx('tabs', className)}>
      <div role="tablist" aria-label={label} className="tabs__list">
        {tabs.map((tab, index) => {
          const active = tab.key === selected;
          return (
            <button
              key={tab.key}
              ref={(node) => {
                if (node) buttons.current.set(tab.key, node);
                else buttons.current.delete(tab.key);
              }}
              type="button"
              role="tab"
              id={tabId(tab.key)}
              className="tabs__tab"
              aria-selected={active}
              aria-controls={panelId(tab.key)}
              tabIndex={active ? 0 : -1}
              onClick={() => setSelected(tab.key)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={panelId(tab.key)}
          aria-labelledby={tabId(tab.key)}
          className="tabs__panel"
          hidden={tab.key !== selected}
          tabIndex={tab.focusablePanel ? 0 : undefined}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
