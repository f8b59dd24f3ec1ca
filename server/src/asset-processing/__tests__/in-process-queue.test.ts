import { createInProcessQueue } from '../in-process-queue';

describe('in-process processing queue', () => {
  it('runs one job at a time and ignores an id that is already waiting or running', async () => {
    const started: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const queue = createInProcessQueue(async (id) => {
      started.push(id);
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 20));
      running -= 1;
    }, () => undefined);

    await queue.add('a', { assetDocumentId: 'a' });
    await queue.add('b', { assetDocumentId: 'b' });
    await queue.add('a', { assetDocumentId: 'a' });
    await new Promise((r) => setTimeout(r, 5));
    await queue.add('a', { assetDocumentId: 'a' });
    await new Promise((r) => setTimeout(r, 80));
    expect(started).toEqual(['a', 'b']);
    expect(maxRunning).toBe(1);
    await queue.close();
  });

  it('reports a failing job and carries on; close waits for the running job', async () => {
    const errors: string[] = [];
    let finished = false;
    const queue = createInProcessQueue(async (id) => {
      if (id === 'bad') throw new Error('boom');
      await new Promise((r) => setTimeout(r, 30));
      finished = true;
    }, (id, error) => errors.push(`${id}: ${(error as Error).message}`));
    await queue.add('bad', { assetDocumentId: 'x' });
    await queue.add('good', { assetDocumentId: 'y' });
    await new Promise((r) => setTimeout(r, 10));
    await queue.close();
    expect(errors).toEqual(['bad: boom']);
    expect(finished).toBe(true);
  });
});
