/**
 * The timings the benchmark reads (`tests/bench/`), each a `performance.measure` entry named `tool:work`.
 * Every timed piece of work goes through here, so the list of what is measured is this one type.
 */
export type Timing =
  | 'checklist:decode'
  | 'checklist:mount'
  | 'people:mount'
  | 'data:read'
  | 'data:apply'
  | 'data:backup'
  | 'data:transfer'
  | 'data:auto-backup';

/** Runs `work` and records how long it took as `name`; returns what it returned. */
export function timed<T>(name: Timing, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start });
  }
}

/** Records the time since `start` (a `performance.now()`) as `name`, for work that spans an `await`. */
export function timedSince(name: Timing, start: number): void {
  performance.measure(name, { start });
}
