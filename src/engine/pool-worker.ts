import { parentPort, workerData } from "node:worker_threads";
import { lintOneFile } from "./lint.js";
import type { Batch, Reply, WorkerSetup } from "./pool.js";

/** Worker side of the pool: lint each file of a batch with the same per-file function as the main thread. */
const { setup } = workerData as { setup: WorkerSetup };
const named = new Set(setup.named);

parentPort!.on("message", async (batch: Batch) => {
  // All reads of the batch at once: each file's linting starts as soon as its read completes.
  const results = await Promise.all(batch.items.map(async ([index, file]) => [index, await lintOneFile(file, setup.options, setup.cwd, named.has(file), undefined)] as const));
  parentPort!.postMessage({ results } satisfies Reply);
});
