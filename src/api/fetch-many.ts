import type { ObjectType } from '@/domain/model/object-types';
import { apiClient } from './client';
import type { ObjectOf } from './object-types';
import type { ListParams } from './types';

const MAX_PAGE_SIZE = 200;
const UUIDS_PER_REQUEST = 100;

export interface Collected<T> {
  results: T[];
  /** How many objects matched in all. */
  count: number;
  /** False when `limit` stopped the walk before the end. */
  complete: boolean;
}

/** Walks the pages of a list (200 at a time) up to `limit` objects. */
export async function fetchPages<T extends ObjectType>(type: T, params: ListParams, limit: number, signal?: AbortSignal): Promise<Collected<ObjectOf<T>>> {
  const results: ObjectOf<T>[] = [];
  let count = 0;
  for (let page = 1; results.length < limit; page += 1) {
    const answer = await apiClient.list<ObjectOf<T>>(type, { ...params, page, page_size: MAX_PAGE_SIZE }, signal);
    count = answer.count;
    results.push(...answer.results);
    if (!answer.next || answer.results.length === 0) break;
  }
  return { results: results.slice(0, limit), count, complete: results.length >= count };
}

/** The given objects, 100 uuids per request (`uuid.in=`). */
export async function fetchByUuids<T extends ObjectType>(type: T, uuids: readonly string[], params: ListParams = {}, signal?: AbortSignal): Promise<ObjectOf<T>[]> {
  const unique = [...new Set(uuids)];
  const batches: string[][] = [];
  for (let i = 0; i < unique.length; i += UUIDS_PER_REQUEST) batches.push(unique.slice(i, i + UUIDS_PER_REQUEST));
  const answers = await Promise.all(
    batches.map((batch) => apiClient.list<ObjectOf<T>>(type, { ...params, 'uuid.in': batch.join(','), page_size: MAX_PAGE_SIZE }, signal)),
  );
  return answers.flatMap((answer) => answer.results);
}
