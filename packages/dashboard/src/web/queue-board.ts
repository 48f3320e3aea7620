/**
 * bull-board over the harvest queues, read-only: a retry from here would re-run one job of
 * a flow whose parent has already recorded the failure, so re-queueing goes through
 * `pnpm retry-failed`, which starts the document's whole flow again.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Router } from 'express';

export const QUEUE_BOARD_PATH = '/queues';

export function queueBoard(queues: Queue[]): Router {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true, description: 'failed jobs are queued again with pnpm retry-failed' })),
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: 'Harvest queues',
        miscLinks: [{ text: 'Harvest page', url: '/harvest' }],
        hideDocsLink: true,
      },
    },
  });
  return serverAdapter.getRouter() as Router;
}
