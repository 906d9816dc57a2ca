import type { ConsultationAudienceTable, TableLevel } from '@concertation/web-data-access';

export interface AudienceChoice {
  id: string;
  name: string;
  level: TableLevel;
  /** 0 for the running table, 1 for the tables reporting to it, 2 below those. */
  depth: number;
}

/**
 * The tables a consultation may address: the running table and every table below it, at any
 * depth (a national table has two levels under it), archived ones left out, each under its parent.
 */
export function audienceChoices(table: ConsultationAudienceTable): AudienceChoice[] {
  const choices: AudienceChoice[] = [{ id: table.id, name: table.name, level: table.level, depth: 0 }];
  for (const child of table.children) {
    if (child.archivedAt) continue;
    choices.push({ id: child.id, name: child.name, level: child.level, depth: 1 });
    for (const grandchild of child.children) {
      if (!grandchild.archivedAt) choices.push({ id: grandchild.id, name: grandchild.name, level: grandchild.level, depth: 2 });
    }
  }
  return choices;
}
