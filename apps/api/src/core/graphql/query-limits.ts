import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ASTVisitor,
} from 'graphql';

/** docs/api-guide.md, "Limits": a query deeper than 12 levels, or with more than 50 aliases, is refused before it runs. */
export const MAX_QUERY_DEPTH = 12;
export const MAX_ALIASES = 50;

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/** Nested fields, fragments looked through: `{ a { b { c } } }` is 3 deep. */
function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Fragments, seen: ReadonlySet<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A fragment that spreads itself is graphql-js's to refuse; here it just stops the walk.
      if (fragment && !seen.has(name)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Only `__schema` / `__type` / `__typename` at the top: the limits do not apply to introspection. */
function isIntrospection(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));
}

function countAliases(document: DocumentNode): number {
  let count = 0;
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.alias) count++;
      if (selection.kind !== Kind.FRAGMENT_SPREAD) visit(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition.selectionSet);
  }
  return count;
}

/**
 * The limits as plain checks of a parsed document, so that HTTP (an Apollo validation rule) and
 * WebSocket (graphql-ws's onSubscribe, which Apollo's rules never see) refuse the same queries.
 */
export function queryLimitErrors(document: DocumentNode): GraphQLError[] {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length > 0 && operations.every(isIntrospection)) return [];
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const errors: GraphQLError[] = [];
  for (const operation of operations) {
    if (isIntrospection(operation)) continue;
    const depth = depthOf(operation.selectionSet, fragments, new Set());
    if (depth > MAX_QUERY_DEPTH) {
      errors.push(new GraphQLError(`The query is ${depth} levels deep; at most ${MAX_QUERY_DEPTH} are allowed.`, { nodes: [operation] }));
    }
  }
  const aliases = countAliases(document);
  if (aliases > MAX_ALIASES) errors.push(new GraphQLError(`The query uses ${aliases} aliases; at most ${MAX_ALIASES} are allowed.`));
  return errors;
}

/** The same checks as a graphql-js validation rule, for Apollo Server. */
export function QueryLimitsRule(context: ValidationContext): ASTVisitor {
  for (const error of queryLimitErrors(context.getDocument())) context.reportError(error);
  return {};
}
