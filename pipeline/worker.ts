/**
 * A pipeline worker thread: analyses a slice of the corpus, then writes the articles whose
 * text its slice holds. Messages in and out are plain data; the logic lives in the pure modules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { Analyser, type DocumentAnalysis } from './analyse';
import type { ArticlePlan } from './plan';
import { articlesOf } from './render';
import { writeArticles } from './write-articles';

export type WorkerRequest =
  | { type: 'analyse'; root: string; files: string[] }
  | { type: 'write'; root: string; out: string; files: string[]; plans: ArticlePlan[] };

export type WorkerReply =
  | { type: 'analysed'; analyses: DocumentAnalysis[]; terms: string[]; done: boolean }
  | { type: 'written'; count: number }
  | { type: 'failed'; message: string };

const port = parentPort!;
const BATCH = 500;

port.on('message', async (request: WorkerRequest) => {
  try {
    if (request.type === 'analyse') {
      // Results go back in batches, so that this thread's heap stays small.
      const analyser = new Analyser();
      let termsSent = 0;
      for (let start = 0; start < request.files.length || start === 0; start += BATCH) {
        const files = request.files.slice(start, start + BATCH);
        const analyses = files.map((file) =>
          analyser.analyse(file, () => readFileSync(join(request.root, file))),
        );
        const terms = analyser.dictionary.termsSince(termsSent);
        termsSent += terms.length;
        const done = start + BATCH >= request.files.length;
        port.postMessage({ type: 'analysed', analyses, terms, done } satisfies WorkerReply);
        if (done) break;
      }
    } else {
      const { root, files, plans } = request;
      const articles = articlesOf(files, plans, (file) => readFileSync(join(root, file)));
      const count = await writeArticles(request.out, articles);
      port.postMessage({ type: 'written', count } satisfies WorkerReply);
    }
  } catch (error) {
    port.postMessage({ type: 'failed', message: (error as Error).stack ?? String(error) });
  }
});
