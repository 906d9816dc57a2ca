import { Link } from 'react-router';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, VisuallyHidden } from '@concertation/web-ui';
import type { NetworkNode } from './network-tree';

interface TreeProps {
  nodes: readonly NetworkNode[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

/**
 * The network as nested lists: each table is a link to its page, and a table with tables under it
 * has a disclosure button (aria-expanded) that shows or hides them. Tab moves through the links and
 * buttons, Enter or Space toggles: the plain pattern every screen reader knows.
 */
export function NetworkTreeView({ nodes, expanded, onToggle, label }: TreeProps & { label: string }) {
  return (
    <ul className="network-tree" aria-label={label}>
      {nodes.map((node) => (
        <NetworkTreeItem key={node.table.id} node={node} expanded={expanded} onToggle={onToggle} root />
      ))}
    </ul>
  );
}

function NetworkTreeItem({ node, expanded, onToggle, root = false }: { node: NetworkNode; root?: boolean } & Omit<TreeProps, 'nodes'>) {
  const { t, tp, language } = useI18n();
  const { table, children } = node;
  const open = expanded.has(table.id);
  const groupId = `network-children-${table.id}`;
  const regions = table.regions.map((region) => localizedName(language, region)).join(', ');
  return (
    <li className={`network-tree__item network-tree__item--${table.level.toLowerCase()}`}>
      <div className="network-tree__row">
        {children.length > 0 ? (
          <button type="button" className="network-tree__toggle" aria-expanded={open} aria-controls={groupId} onClick={() => onToggle(table.id)}>
            <span className="network-tree__chevron" aria-hidden="true" />
            <VisuallyHidden>{t('network.toggle', { name: table.name })}</VisuallyHidden>
          </button>
        ) : (
          <span className="network-tree__spacer" aria-hidden="true" />
        )}
        <div className="network-tree__label">
          <Link to={paths.table(table.id)} className="network-tree__link">
            {table.name}
          </Link>{' '}
          <Badge tone="info">{t(`levels.${table.level}` as const)}</Badge>
          {table.archivedAt && (
            <>
              {' '}
              <Badge tone="warning">{t('network.archived')}</Badge>
            </>
          )}
          <p className="network-tree__meta muted">
            {/* A provincial or regional table at the top reports to no table yet: say so. */}
            {root && table.level !== 'NATIONAL' && <>{t('network.noParent')} · </>}
            {regions && t('network.regions', { names: regions })}
            {children.length > 0 && (
              <>
                {regions && ' · '}
                {tp('network.children', children.length)}
              </>
            )}
          </p>
        </div>
      </div>
      {children.length > 0 && (
        <ul id={groupId} className="network-tree__group" hidden={!open}>
          {children.map((child) => (
            <NetworkTreeItem key={child.table.id} node={child} expanded={expanded} onToggle={onToggle} />
          ))}
        </ul>
      )}
    </li>
  );
}
