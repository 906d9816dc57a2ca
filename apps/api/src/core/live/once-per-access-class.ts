import { Extensions } from '@nestjs/graphql';
import {
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The mark of a field whose value is the same for every subscriber of one access class who has
 * been admitted to the event: it may read the viewer, but nothing of them beyond the facts their
 * class names (MeetingsPolicy.accessClassAt: platform role, seat and its role). A stream that
 * declares classes (LiveStreamSpec.accessClass) must name every fact the marked fields it reaches
 * depend on. A field without a resolver of its own needs no mark: the same parent gives the same
 * value. Any other field (`viewerRole`, one's own RSVP) makes the whole document run once per
 * subscriber.
 */
const MARK = 'sameForAccessClass';

export const SameForAccessClass = (): MethodDecorator & ClassDecorator & PropertyDecorator => Extensions({ [MARK]: true });

const verdicts = new WeakMap<DocumentNode, Map<string, boolean>>();

/**
 * Whether the operation selects only fields that are the same within an access class, so that
 * one execution per class may serve every subscriber of that class. Decided once per document.
 */
export function sameForAccessClass(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): boolean {
  let byOperation = verdicts.get(document);
  if (!byOperation) {
    byOperation = new Map();
    verdicts.set(document, byOperation);
  }
  const key = operationName ?? '';
  let verdict = byOperation.get(key);
  if (verdict === undefined) {
    verdict = decide(schema, document, operationName);
    byOperation.set(key, verdict);
  }
  return verdict;
}

function decide(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): boolean {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const root = schema.getSubscriptionType();
  if (!operation || operation.operation !== 'subscription' || !root) return false;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));

  const marked = (field: GraphQLField<unknown, unknown>): boolean => field.extensions?.[MARK] === true || readsItsParent(field);

  const shared = (selections: SelectionSetNode, type: GraphQLCompositeType, seen: Set<string>): boolean =>
    selections.selections.every((selection) => {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) return !!fragment;
        const on = schema.getType(fragment.typeCondition.name.value);
        return isCompositeType(on) && shared(fragment.selectionSet, on, new Set([...seen, fragment.name.value]));
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        return isCompositeType(on) && shared(selection.selectionSet, on, seen);
      }
      const name = selection.name.value;
      if (name === '__typename') return true;
      // On an interface or a union, each type that may stand there resolves the field its own way.
      const owners = isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
      return owners.every((owner) => {
        const field = 'getFields' in owner ? (owner.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined;
        if (!field || !marked(field)) return false;
        const next = getNamedType(field.type);
        return !selection.selectionSet || (isCompositeType(next) && shared(selection.selectionSet, next, seen));
      });
    });

  return shared(operation.selectionSet, root, new Set());
}

/**
 * A field with no resolver of its own: graphql-js's default, or the one Nest gives every plain
 * `@Field` of a model (it reads the parent's property; a field with middleware or a `@ResolveField`
 * gets another function). Should Nest rename it, nothing is shared any more, and
 * live-meeting-events.e2e-spec.ts, which counts the executions, says so.
 */
function readsItsParent(field: GraphQLField<unknown, unknown>): boolean {
  return field.resolve === undefined || field.resolve.name === 'rootFieldResolver';
}

const documentIds = new WeakMap<DocumentNode, number>();
let lastDocumentId = 0;

function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) {
    id = ++lastDocumentId;
    documentIds.set(document, id);
  }
  return id;
}

/** Per published event (the one object the pub/sub hands every subscriber of the process): its executions, by key. */
const executionsPerEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

/**
 * The execution of `document` for `event` by one subscriber of `accessClass`, shared with every
 * other subscriber of the same class who subscribed with the same document, operation and
 * variables: the first one's `run` executes, the others receive its result. The caller has
 * checked `sameForAccessClass`; each subscriber has been admitted with their own rights.
 */
export function executeOncePerAccessClass(
  event: object,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  accessClass: string,
  run: () => Promise<ExecutionResult>,
): Promise<ExecutionResult> {
  let executions = executionsPerEvent.get(event);
  if (!executions) {
    executions = new Map();
    executionsPerEvent.set(event, executions);
  }
  const key = JSON.stringify([documentId(document), operationName ?? '', variables ?? {}, accessClass]);
  let execution = executions.get(key);
  if (!execution) {
    execution = run();
    executions.set(key, execution);
  }
  return execution;
}
