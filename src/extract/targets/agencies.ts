/**
 * The bodies responsible for a target: those of the innermost task whose span holds it ("Sở Y
 * tế chủ trì … phấn đấu 100% trạm y tế …"). A target outside every task names none.
 */
import type { Agency, Target, Task } from '../../model/schema.js';

export function agenciesFor(target: Pick<Target, 'span'>, tasks: readonly Task[]): Agency[] {
  const [start, end] = target.span;
  let best: Task | null = null;
  for (const task of tasks) {
    const [from, to] = task.span;
    if (from > start || to < end || task.agencies.length === 0) continue;
    if (best === null || to - from < best.span[1] - best.span[0]) best = task;
  }
  return best ? best.agencies.map((agency) => ({ ...agency })) : [];
}
