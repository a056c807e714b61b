/** The per-agency task lists users ask for: "what must Sở Y tế do under this plan?" */
import type { DocumentResult, Target, Task } from '../../model/schema.js';
import { foldName } from '../agencies/fold.js';

/** One agency's share of a document's tasks ({@link tasksByAgency}). */
export interface AgencyTasks {
  /** the agency as first named in the document */
  agency: string;
  /** the bodies that took over its work after the 2025 reorganization; empty when it still exists */
  successors: string[];
  /** tasks it leads, in document order */
  tasks: Task[];
  /** tasks it coordinates ("phối hợp với …") */
  coordinating: Task[];
  /** the targets (chỉ tiêu) the document makes it responsible for, in document order */
  targets: Target[];
}

/**
 * Group a result's tasks by agency (names compared without case, tone-placement or dash
 * differences), in order of first mention: the answer to "what must Sở Y tế do under this
 * plan?". A task with several agencies is listed under each, and so is a target that names
 * its agencies, beside the body's tasks.
 *
 * @param result - a {@link parse} result, or anything with its `tasks` (and `targets`)
 *
 * @example
 * ```ts
 * import { parse, tasksByAgency } from 'vanban';
 *
 * const result = parse('1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch, báo cáo trước ngày 15/11/2026.');
 * const rows = tasksByAgency(result);
 * rows.map((row) => row.agency); // → ['Sở Y tế', 'Sở Tài chính']
 * rows[0]?.tasks.length; // → 1
 * rows[1]?.coordinating.length; // → 1
 * ```
 */
export function tasksByAgency(
  result: Pick<DocumentResult, 'tasks'> & Partial<Pick<DocumentResult, 'targets'>>,
): AgencyTasks[] {
  const rows = new Map<string, AgencyTasks>();
  const row = (agency: Task['agencies'][number]) => {
    const key = foldName(agency.name);
    let found = rows.get(key);
    if (!found)
      rows.set(
        key,
        (found = { agency: agency.name, successors: agency.successors, tasks: [], coordinating: [], targets: [] }),
      );
    return found;
  };
  for (const task of result.tasks) {
    for (const agency of unique(task.agencies)) row(agency).tasks.push(task);
    for (const agency of unique(task.coordinators)) row(agency).coordinating.push(task);
  }
  for (const target of result.targets ?? []) {
    for (const agency of unique(target.agencies)) row(agency).targets.push(target);
  }
  return [...rows.values()].filter((r) => r.tasks.length > 0 || r.coordinating.length > 0 || r.targets.length > 0);
}

function unique<T extends { name: string }>(agencies: readonly T[]): T[] {
  const seen = new Set<string>();
  return agencies.filter((a) => !seen.has(foldName(a.name)) && seen.add(foldName(a.name)) !== undefined);
}
