/**
 * A conversion worker thread: bytes in, the result as JSON out, serialized and encoded here, off
 * the main thread. The JSON goes back as UTF-8 bytes whose buffer is transferred: a string would be
 * copied twice on its way (serialized here, deserialized there) and encoded once more as it is
 * written; the bytes are written as they come.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertDocument, isErrorRecord, type ConvertOptions } from './document.js';

export interface WorkerTask {
  id: number;
  name: string;
  bytes: Uint8Array;
  /** the bytes' hash when the main thread has it already (--resume looked it up): not computed twice */
  sha256?: string;
}

export interface WorkerReply {
  id: number;
  /** the result's JSON in UTF-8, in a buffer of its own (transferable) */
  json: Uint8Array;
  failed: boolean;
  errorCode: string | null;
}

const options = (workerData ?? {}) as ConvertOptions;
// TextEncoder, not Buffer.from: a small Buffer is a slice of a shared pool, which cannot be transferred
const encoder = new TextEncoder();

parentPort?.on('message', (task: WorkerTask) => {
  void convertDocument(task.bytes, task.name, options, task.sha256).then((result) => {
    const failed = isErrorRecord(result);
    const reply: WorkerReply = {
      id: task.id,
      json: encoder.encode(JSON.stringify(result)),
      failed,
      errorCode: failed ? result.error.code : null,
    };
    parentPort!.postMessage(reply, [reply.json.buffer as ArrayBuffer]);
  });
});
