// The deflate worker's side (deflate.worker.ts), a plain function so a test can drive it without a
// Worker: raw DEFLATE streams, one per ZIP entry, fed in order; each input chunk is answered with
// exactly one reply (its compressed output, maybe none yet), which is also the page's flow control.
import { Deflate } from 'fflate';

export type DeflateJob = { entry: number; chunk: Uint8Array; final: boolean; level: 1 | 6 };
export type DeflateReply = { ready: true } | { entry: number; output: Uint8Array[]; final: boolean } | { entry: number; error: string };

export function deflateJobs(post: (reply: DeflateReply) => void): (job: DeflateJob) => void {
  const streams = new Map<number, { deflate: Deflate; output: Uint8Array[] }>();
  return (job) => {
    let stream = streams.get(job.entry);
    if (!stream) {
      const output: Uint8Array[] = [];
      // fflate may hand out views of its working buffer: keep copies, the buffer is reused.
      stream = { deflate: new Deflate({ level: job.level }, (data) => output.push(data.slice())), output };
      streams.set(job.entry, stream);
    }
    try {
      stream.deflate.push(job.chunk, job.final);
    } catch (error) {
      streams.delete(job.entry);
      post({ entry: job.entry, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    post({ entry: job.entry, output: stream.output.splice(0), final: job.final });
    if (job.final) streams.delete(job.entry);
  };
}
