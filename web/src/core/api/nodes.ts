// Reading the nodes a view's question names (its subject, or its two ends) before it asks the question itself, so
// a link to a node that is gone says so by id instead of showing an empty answer.
import { ApiError, type Requester } from './client.js';
import { NODE_BY_ID } from './documents.js';
import type { ApiNode } from './types.js';

/** The node a NODE_BY_ID answer carries; NOT_FOUND naming the id when it carries none. */
export function foundNode(node: ApiNode | null, id: string): ApiNode {
  if (!node) throw new ApiError('NOT_FOUND', 'no node has this id', undefined, id);
  return node;
}

/** The node with this id; NOT_FOUND (naming the id) when there is none. */
export async function fetchNode(request: Requester, id: string, signal: AbortSignal): Promise<ApiNode> {
  const d = await request<{ node: ApiNode | null }>(NODE_BY_ID, { id }, signal);
  return foundNode(d.node, id);
}

/** Both ends of a two-ended question, read side by side; a missing `from` is named before a missing `to`. */
export async function fetchEnds(request: Requester, from: string, to: string, signal: AbortSignal): Promise<[ApiNode, ApiNode]> {
  const [a, b] = await Promise.all([
    request<{ node: ApiNode | null }>(NODE_BY_ID, { id: from }, signal),
    request<{ node: ApiNode | null }>(NODE_BY_ID, { id: to }, signal),
  ]);
  return [foundNode(a.node, from), foundNode(b.node, to)];
}
