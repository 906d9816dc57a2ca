import { Kind, parse, type OperationDefinitionNode, type TypeNode } from 'graphql';
import type { GqlEntry } from './matrix';
import { VIEWERS, type Viewer, type World } from './world';

/** A top-level ID argument of an entry, and the variable that carries it. */
export interface IdArgument {
  argument: string;
  variable: string;
  required: boolean;
  list: boolean;
}

const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
const isList = (type: TypeNode): boolean => type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && isList(type.type));

/** The ID arguments of the entry's root field that its document passes as variables. */
export function idArguments(e: GqlEntry): IdArgument[] {
  const operation = parse(e.document).definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0];
  if (field.kind !== Kind.FIELD) return [];
  return (field.arguments ?? []).flatMap((argument) => {
    if (argument.value.kind !== Kind.VARIABLE) return [];
    const variable = argument.value.name.value;
    const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === variable);
    if (!definition || named(definition.type) !== 'ID') return [];
    return [{ argument: argument.name.value, variable, required: definition.type.kind === Kind.NON_NULL_TYPE, list: isList(definition.type) }];
  });
}

/** Who runs the bad-id calls: someone the operation allows with good ids (an officer, else the coordinator). */
export function runnerOf(e: GqlEntry): Viewer | null {
  const preferred: Viewer[] = ['chair', 'coordinator', ...VIEWERS];
  return preferred.find((v) => v !== 'anonymous' && e.expect[v] === 'ok') ?? null;
}

/** Bad values for an ID: null, empty, malformed, a number-like string, and a real uuid of another type. */
export function badIds(w: World, e: GqlEntry, arg: IdArgument): Array<[string, unknown]> {
  // The usual other-type id is an organization's: for an organization argument, a table's instead.
  const otherType = e.operation === 'organization' || /organizationId$/i.test(arg.argument) ? w.tableB : w.otherTypeId;
  const values: Array<[string, unknown]> = [
    ['empty', ''],
    ['malformed', 'x'],
    ['number-like', '123'],
    ['uuid of another type', otherType],
  ];
  const wrapped = values.map(([name, value]) => [name, arg.list ? [value] : value] as [string, unknown]);
  return arg.required ? [['null', null], ...wrapped] : wrapped;
}
