export interface SimilarityDocument {
  id: string;
  /** Distinct term ids (from one TermDictionary) and how often each occurs. */
  termIds: Int32Array;
  termCounts: Int32Array;
}

export interface SimilarMatch {
  id: string;
  score: number;
}

export interface SimilarityOptions {
  /** How many similar documents to return for each. */
  k?: number;
  /** Each document is indexed under and queried by its strongest terms only. */
  termsPerDocument?: number;
  /** Each term keeps only its strongest postings (impact-ordered pruning). */
  postingsPerTerm?: number;
}

/** Numbers terms as they are first seen, so documents can hold compact id arrays. */
export class TermDictionary {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  /** The terms numbered from `from` on, in id order: what another dictionary must learn. */
  termsSince(from: number): string[] {
    return [...this.ids.keys()].slice(from);
  }

  /** A document with its distinct terms counted. */
  document(id: string, terms: readonly string[]): SimilarityDocument {
    const counts = new Map<number, number>();
    for (const term of this.idsOf(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
    return {
      id,
      termIds: Int32Array.from(counts.keys()),
      termCounts: Int32Array.from(counts.values()),
    };
  }

  /** The id of one term, numbering it if it is new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }

  idsOf(terms: readonly string[]): Int32Array {
    const out = new Int32Array(terms.length);
    terms.forEach((term, index) => {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(term, id);
      }
      out[index] = id;
    });
    return out;
  }
}

interface WeightedVector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Each document's strongest terms, with unit-length TF-IDF weights. Typed arrays and an
 * index sort rather than an object per term: a large corpus has tens of millions of terms.
 */
function weightedVectors(
  documents: readonly SimilarityDocument[],
  vocabulary: number,
  termsPerDocument: number,
): WeightedVector[] {
  const count = documents.length;
  const documentFrequency = new Int32Array(vocabulary);
  for (const { termIds } of documents) for (const id of termIds) documentFrequency[id]++;
  return documents.map(({ termIds, termCounts }) => {
    const weight = new Float64Array(termIds.length);
    const order: number[] = [];
    // The length counts every term of the document, its own words too: a document is
    // similar to another by the share of its subject they have in common, not by the few
    // common words that remain once its own are set aside.
    let length = 0;
    termIds.forEach((term, index) => {
      const idf = Math.log(count / documentFrequency[term]);
      if (idf <= 0) return;
      weight[index] = (1 + Math.log(termCounts[index])) * idf;
      length += weight[index] * weight[index];
      // A term no other document has cannot make a match: it only crowds out those that can.
      if (documentFrequency[term] >= 2) order.push(index);
    });
    order.sort((a, b) => weight[b] - weight[a] || termIds[a] - termIds[b]);
    const top = order.slice(0, termsPerDocument);
    const norm = Math.sqrt(length) || 1;
    return {
      terms: Int32Array.from(top, (index) => termIds[index]),
      weights: Float64Array.from(top, (index) => weight[index] / norm),
    };
  });
}

/**
 * Postings per term, strongest first, cut to postingsPerTerm: flat arrays with offsets,
 * filled by counting rather than by a list of objects per term.
 */
function invertedIndex(vectors: WeightedVector[], vocabulary: number, postingsPerTerm: number) {
  const all = new Int32Array(vocabulary + 1);
  for (const vector of vectors) for (const term of vector.terms) all[term + 1]++;
  for (let term = 0; term < vocabulary; term++) all[term + 1] += all[term];
  const allDocs = new Int32Array(all[vocabulary]);
  const allWeights = new Float64Array(all[vocabulary]);
  const fill = all.slice(0, vocabulary);
  vectors.forEach((vector, doc) => {
    vector.terms.forEach((term, index) => {
      allDocs[fill[term]] = doc;
      allWeights[fill[term]++] = vector.weights[index];
    });
  });
  const start = new Int32Array(vocabulary + 1);
  for (let term = 0; term < vocabulary; term++) {
    start[term + 1] = start[term] + Math.min(all[term + 1] - all[term], postingsPerTerm);
  }
  const docs = new Int32Array(start[vocabulary]);
  const weights = new Float64Array(start[vocabulary]);
  for (let term = 0; term < vocabulary; term++) {
    const from = all[term];
    const length = all[term + 1] - from;
    const order = Array.from({ length }, (_, index) => from + index);
    if (length > postingsPerTerm) {
      order.sort((a, b) => allWeights[b] - allWeights[a] || allDocs[a] - allDocs[b]);
    }
    for (let index = 0; index < start[term + 1] - start[term]; index++) {
      docs[start[term] + index] = allDocs[order[index]];
      weights[start[term] + index] = allWeights[order[index]];
    }
  }
  return { start, docs, weights };
}

/**
 * The k most similar documents for every document, by TF-IDF cosine over their strongest
 * terms. Near-linear: each document touches at most termsPerDocument × postingsPerTerm
 * candidates, never all pairs, and keeps its best k without sorting them all.
 * Deterministic: ties go to the smaller id.
 */
export function findSimilar(
  documents: readonly SimilarityDocument[],
  { k = 5, termsPerDocument = 32, postingsPerTerm = 64 }: SimilarityOptions = {},
): SimilarMatch[][] {
  const count = documents.length;
  let vocabulary = 0;
  for (const { termIds } of documents)
    for (const id of termIds) vocabulary = Math.max(vocabulary, id + 1);
  const vectors = weightedVectors(documents, vocabulary, termsPerDocument);
  const { start, docs, weights } = invertedIndex(vectors, vocabulary, postingsPerTerm);
  // Ties are broken by id: rank each document by its id once, then compare numbers.
  const rank = new Int32Array(count);
  [...documents.keys()]
    .sort((a, b) =>
      documents[a].id < documents[b].id ? -1 : documents[a].id > documents[b].id ? 1 : 0,
    )
    .forEach((doc, position) => (rank[doc] = position));
  const scores = new Float64Array(count);
  const touched = new Int32Array(count);
  const bestDocs = new Int32Array(k + 1);
  const bestScores = new Float64Array(k + 1);

  const results: SimilarMatch[][] = [];
  for (let self = 0; self < count; self++) {
    const vector = vectors[self];
    let touchedCount = 0;
    for (let t = 0; t < vector.terms.length; t++) {
      const term = vector.terms[t];
      const weight = vector.weights[t];
      for (let at = start[term], end = start[term + 1]; at < end; at++) {
        const doc = docs[at];
        if (doc === self) continue;
        if (scores[doc] === 0) touched[touchedCount++] = doc;
        scores[doc] += weight * weights[at];
      }
    }
    let size = 0;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i];
      const score = Math.round(scores[doc] * 1e6) / 1e6;
      scores[doc] = 0;
      if (score <= 0) continue;
      if (size === k) {
        const last = size - 1;
        if (
          score < bestScores[last] ||
          (score === bestScores[last] && rank[doc] > rank[bestDocs[last]])
        ) {
          continue;
        }
      }
      let at = size;
      while (
        at > 0 &&
        (score > bestScores[at - 1] ||
          (score === bestScores[at - 1] && rank[doc] < rank[bestDocs[at - 1]]))
      ) {
        bestDocs[at] = bestDocs[at - 1];
        bestScores[at] = bestScores[at - 1];
        at--;
      }
      bestDocs[at] = doc;
      bestScores[at] = score;
      if (size < k) size++;
    }
    const matches: SimilarMatch[] = [];
    for (let i = 0; i < size; i++)
      matches.push({ id: documents[bestDocs[i]].id, score: bestScores[i] });
    results.push(matches);
  }
  return results;
}
