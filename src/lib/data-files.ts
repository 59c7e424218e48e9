/**
 * Where the dataset's paged files are, for the pipeline that writes them and the app and the
 * prerender that read them. No imports: the app's bundle takes it as it is.
 */

/** The file of a page of a speaker's quotes: the first by the id alone, the others under it. */
export function speakerFile(id: string, page = 1): string {
  return page <= 1 ? `quotes/speakers/${id}.json` : `quotes/speakers/${id}/${page}.json`;
}
