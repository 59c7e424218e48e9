/**
 * Vite's build manifest (`.vite/manifest.json`): which file each source became and what it
 * imports. One walk of its static imports serves the budget check and the prerender's
 * preloads.
 */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

export type Manifest = Record<string, ManifestChunk>;

/**
 * The chunk at `key` and every chunk it imports statically, each once, in the order met;
 * with `skipEntry`, not the entry chunk nor what only it brings (a page has those already).
 */
export function staticChunks(manifest: Manifest, key: string, skipEntry = false): ManifestChunk[] {
  const seen = new Set<string>();
  const chunks: ManifestChunk[] = [];
  const visit = (at: string) => {
    const chunk = manifest[at];
    if (!chunk) throw new Error(`${at} is not in the Vite manifest`);
    if ((skipEntry && chunk.isEntry) || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    chunks.push(chunk);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return chunks;
}
