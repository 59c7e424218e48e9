export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

interface ShareEnvironment {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  writeText?: (text: string) => Promise<void>;
}

/** The Web Share API where the browser has it, else the clipboard. */
export async function shareLink(
  data: { url: string; title: string },
  env: ShareEnvironment,
  preferShare = true,
): Promise<ShareOutcome> {
  if (preferShare && env.share && (env.canShare?.(data) ?? true)) {
    try {
      await env.share(data);
      return 'shared';
    } catch (error) {
      if ((error as Error).name === 'AbortError') return 'cancelled';
    }
  }
  if (!env.writeText) return 'failed';
  try {
    await env.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

export function browserShareEnvironment(): ShareEnvironment {
  return {
    share: navigator.share ? (data) => navigator.share(data) : undefined,
    canShare: navigator.canShare ? (data) => navigator.canShare(data) : undefined,
    writeText: navigator.clipboard ? (text) => navigator.clipboard.writeText(text) : undefined,
  };
}
