export interface SimilarityDocument {
  id: string;
  terms: readonly string[];
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

/**
 * The k most similar documents for every document, by TF-IDF cosine over their strongest
 * terms. Near-linear: each document touches at most termsPerDocument × postingsPerTerm
 * candidates, never all pairs. Deterministic: ties go to the smaller id.
 */
export function findSimilar(
  documents: readonly SimilarityDocument[],
  { k = 5, termsPerDocument = 24, postingsPerTerm = 256 }: SimilarityOptions = {},
): SimilarMatch[][] {
  const count = documents.length;
  const termIds = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counted = documents.map(({ terms }) => {
    const frequencies = new Map<number, number>();
    for (const term of terms) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
        documentFrequency.push(0);
      }
      const seen = frequencies.get(id) ?? 0;
      if (seen === 0) documentFrequency[id]++;
      frequencies.set(id, seen + 1);
    }
    return frequencies;
  });

  // Each document's strongest terms, with unit-length TF-IDF weights.
  const vectors = counted.map((frequencies) => {
    const weighted: { term: number; weight: number }[] = [];
    for (const [term, frequency] of frequencies) {
      const idf = Math.log(count / documentFrequency[term]);
      if (idf > 0) weighted.push({ term, weight: (1 + Math.log(frequency)) * idf });
    }
    weighted.sort((a, b) => b.weight - a.weight || a.term - b.term);
    const top = weighted.slice(0, termsPerDocument);
    const norm = Math.hypot(...top.map((entry) => entry.weight)) || 1;
    return top.map((entry) => ({ term: entry.term, weight: entry.weight / norm }));
  });

  const postings: { doc: number; weight: number }[][] = Array.from(
    { length: termIds.size },
    () => [],
  );
  vectors.forEach((vector, doc) => {
    for (const { term, weight } of vector) postings[term].push({ doc, weight });
  });
  for (const list of postings) {
    if (list.length > postingsPerTerm) {
      list.sort((a, b) => b.weight - a.weight || a.doc - b.doc);
      list.length = postingsPerTerm;
    }
  }

  const scores = new Float64Array(count);
  const touched: number[] = [];
  return vectors.map((vector, self) => {
    for (const { term, weight } of vector) {
      for (const posting of postings[term]) {
        if (posting.doc === self) continue;
        if (scores[posting.doc] === 0) touched.push(posting.doc);
        scores[posting.doc] += weight * posting.weight;
      }
    }
    const matches = touched.map((doc) => ({ doc, score: Math.round(scores[doc] * 1e6) / 1e6 }));
    for (const doc of touched) scores[doc] = 0;
    touched.length = 0;
    matches.sort(
      (a, b) => b.score - a.score || (documents[a.doc].id < documents[b.doc].id ? -1 : 1),
    );
    return matches
      .slice(0, k)
      .filter((match) => match.score > 0)
      .map((match) => ({ id: documents[match.doc].id, score: match.score }));
  });
}
