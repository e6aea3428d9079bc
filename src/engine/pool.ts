import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import type { Worker } from "node:worker_threads";
import type { LintOptions, LintResult } from "./types.js";

/**
 * Lints many files on several threads. The main thread starts alone, so a handful of files never pays
 * for a worker's start-up (a worker needs 100-300 ms of CPU to load the engine before its first file).
 * After START_AFTER_MS it estimates the work left from its own pace so far, and starts workers only
 * when that is at least MIN_WORK_LEFT_MS; they take batches from the same queue. Results keep the
 * order of `files` whatever thread produced them. APIGW_LINT_WORKERS=1 forces one thread;
 * APIGW_LINT_WORKERS=N caps the threads (main included).
 */
const START_AFTER_MS = 100;
const MIN_WORK_LEFT_MS = 400;
const READ_AHEAD = 4;

type LintOne = (file: string) => Promise<readonly LintResult[]>;

/** What a worker needs to lint a file exactly as the main thread would (structured-cloneable). */
export interface WorkerSetup {
  readonly options: LintOptions;
  readonly cwd: string;
  readonly named: readonly string[];
}

export interface Batch {
  readonly items: (readonly [index: number, file: string])[];
}
export interface Reply {
  readonly results: (readonly [index: number, results: readonly LintResult[]])[];
}

/** The worker's entry module: it imports the engine, which imports this module (so no cycle here). */
const WORKER_ENTRY = new URL("./pool-worker.js", import.meta.url);

/**
 * node:worker_threads, loaded when a pool starts: a one-file run never uses it (about 1 ms of Node's
 * internal modules at start-up).
 */
let threads: typeof import("node:worker_threads") | undefined;
function workerThreads(): typeof import("node:worker_threads") {
  threads ??= createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  return threads;
}

/** What the last lintAll did (tests and benchmarks read it). */
export const lastPoolRun = { workers: 0, filesOnWorkers: 0 };

/** Threads to use at most (main included): the environment's cap, else the machine's parallelism. */
export function maxThreads(): number {
  const fromEnv = Number.parseInt(process.env.APIGW_LINT_WORKERS ?? "", 10);
  if (Number.isInteger(fromEnv) && fromEnv >= 1) return fromEnv;
  return Math.max(1, availableParallelism());
}

/**
 * Runs lintOne over every file and returns the results in file order. `setup` undefined means the run
 * cannot be shared with workers (e.g. a result cache owned by this thread): it stays on the main thread.
 * Files for which `together` gives the same key are linted on one thread, one after another: a Terraform
 * module's files each load all the others, and a thread that has loaded them lints the rest without parsing
 * them again (two threads would each parse the whole module).
 */
export async function lintAll(
  files: readonly string[],
  lintOne: LintOne,
  setup: WorkerSetup | undefined,
  together: (file: string) => string | undefined = () => undefined,
): Promise<(readonly LintResult[])[]> {
  const results: (readonly LintResult[])[] = new Array(files.length);
  Object.assign(lastPoolRun, { workers: 0, filesOnWorkers: 0 });
  const threads = setup ? maxThreads() : 1;
  const units = unitsOfWork(files, together);
  let nextUnit = 0;
  let done = 0;
  const started = Date.now();
  let pool: Pool | undefined;
  // A few files in flight, so that reading the next file overlaps linting this one (the CPU part of
  // each is synchronous). One at a time when the run is not shareable (a cache wants a fixed order).
  const window = setup ? READ_AHEAD : 1;
  const reading = new Set<Promise<void>>();
  while (nextUnit < units.length) {
    const elapsed = Date.now() - started;
    if (!pool && threads > 1 && done > 0 && elapsed >= START_AFTER_MS && (files.length - done) * (elapsed / done) >= MIN_WORK_LEFT_MS) {
      pool = new Pool(setup!, threads - 1, () => (nextUnit < units.length ? units[nextUnit++] : undefined), files, results);
    }
    const unit = units[nextUnit++]!;
    for (const index of unit) {
      done++;
      const running: Promise<void> = lintOne(files[index]!).then((result) => {
        results[index] = result;
        reading.delete(running);
      });
      reading.add(running);
      // The files of a unit one after another: a file read ahead would be read before the lint of the one
      // before it has loaded it as a sibling.
      if (unit.length > 1) await running;
      else if (reading.size >= window) await Promise.race(reading);
    }
    // Reads are synchronous, so awaiting a file only runs microtasks: yield to the event loop so that
    // the workers' replies are taken, and they are given their next batch, while this thread lints too.
    if (pool) await new Promise<void>((resume) => setImmediate(resume));
  }
  await Promise.all(reading);
  if (pool) {
    // Files a worker could not finish (it crashed) come back to the main thread.
    for (const index of await pool.drain()) results[index] = await lintOne(files[index]!);
  }
  return results;
}

/** The files as units of work, in file order: one file each, or every file of one `together` key. */
export function unitsOfWork(files: readonly string[], together: (file: string) => string | undefined): (readonly number[])[] {
  const units: number[][] = [];
  const byKey = new Map<string, number[]>();
  files.forEach((file, index) => {
    const key = together(file);
    if (key === undefined) {
      units.push([index]);
      return;
    }
    let unit = byKey.get(key);
    if (!unit) {
      byKey.set(key, (unit = []));
      units.push(unit);
    }
    unit.push(index);
  });
  return units;
}

class Pool {
  private readonly workers: Worker[] = [];
  private readonly inFlight = new Map<Worker, number[]>();
  private readonly failed: number[] = [];
  private idle: (() => void) | undefined;

  constructor(
    setup: WorkerSetup,
    count: number,
    private readonly take: () => readonly number[] | undefined,
    private readonly files: readonly string[],
    private readonly results: (readonly LintResult[])[],
  ) {
    for (let n = 0; n < count; n++) {
      let worker: Worker;
      try {
        // A larger young generation: linting allocates many short-lived objects, and each scavenge of a
        // worker competes with the main thread's own GC for the same two cores (measured: -8 % wall).
        worker = new (workerThreads().Worker)(WORKER_ENTRY, { workerData: { setup }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      } catch {
        return; // options that cannot be cloned, or no worker support: the main thread does it all
      }
      worker.on("message", (reply: Reply) => this.onReply(worker, reply));
      worker.on("error", () => this.onFailure(worker));
      worker.on("exit", () => this.onFailure(worker));
      this.workers.push(worker);
      lastPoolRun.workers++;
      this.send(worker);
    }
  }

  /** A batch shrinks as the queue empties, so the threads finish together. */
  private send(worker: Worker): void {
    const left = this.files.length;
    const size = Math.max(1, Math.min(16, Math.floor(left / (this.workers.length * 8 + 8))));
    const items: [number, string][] = [];
    while (items.length < size) {
      const unit = this.take();
      if (unit === undefined) break;
      for (const index of unit) items.push([index, this.files[index]!]);
    }
    if (items.length === 0) {
      this.inFlight.delete(worker);
      this.checkIdle();
      return;
    }
    this.inFlight.set(worker, items.map(([index]) => index));
    worker.postMessage({ items } satisfies Batch);
  }

  private onReply(worker: Worker, reply: Reply): void {
    for (const [index, results] of reply.results) this.results[index] = results;
    lastPoolRun.filesOnWorkers += reply.results.length;
    this.send(worker);
  }

  private onFailure(worker: Worker): void {
    const lost = this.inFlight.get(worker);
    if (lost) this.failed.push(...lost);
    this.inFlight.delete(worker);
    this.checkIdle();
  }

  private checkIdle(): void {
    if (this.inFlight.size === 0) this.idle?.();
  }

  /** Waits for the batches in flight, stops the workers, and returns the files nobody finished. */
  async drain(): Promise<number[]> {
    if (this.inFlight.size > 0) await new Promise<void>((done) => (this.idle = done));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    return this.failed;
  }
}
