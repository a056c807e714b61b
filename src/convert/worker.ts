/** A conversion worker thread: bytes in, the result as a JSON line out (serialized here, off the main thread). */
import { parentPort, workerData } from 'node:worker_threads';
import { convertDocument, isErrorRecord, type ConvertOptions } from './document.js';

export interface WorkerTask {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export interface WorkerReply {
  id: number;
  json: string;
  failed: boolean;
  errorCode: string | null;
}

const options = (workerData ?? {}) as ConvertOptions;

parentPort?.on('message', (task: WorkerTask) => {
  void convertDocument(task.bytes, task.name, options).then((result) => {
    const failed = isErrorRecord(result);
    const reply: WorkerReply = {
      id: task.id,
      json: JSON.stringify(result),
      failed,
      errorCode: failed ? result.error.code : null,
    };
    parentPort!.postMessage(reply);
  });
});
