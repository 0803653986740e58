// Runs async jobs one after another. Unlock attempts go through it so that a burst of parallel
// tries cannot all read "0 failed" before any of them records its failure.
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    // The tail waits for the job but keeps neither its result (a decrypted record) nor its error.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
