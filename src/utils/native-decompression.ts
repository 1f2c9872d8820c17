/**
 * Pagefind's data files (index chunks, fragments, metadata, the wasm) are gzip streams, which
 * Pagefind inflates in JavaScript unless the response already holds the inflated bytes (they start
 * with its signature). Static hosts send them as they are, so the search page wraps its fetch to
 * inflate them with the browser's own DecompressionStream: in `npm run bench` that took about a
 * tenth off the time to first results.
 */

/** The first two bytes of every gzip stream. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** The path of a fetch argument, whether a string, a URL or a Request. */
function pathOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/**
 * A fetch that inflates gzip responses for files under `bundlePath` (e.g. '/pagefind/'); every other
 * response, and bundle files that arrive inflated, pass through unchanged.
 */
export function withNativeDecompression(fetcher: typeof fetch, bundlePath: string): typeof fetch {
  return async (input, init) => {
    const response = await fetcher(input, init);
    if (!response.ok || !pathOf(input).includes(bundlePath)) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const { status, statusText } = response;
    if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return new Response(bytes, { status, statusText });
    // A Response makes the bytes a stream without a Blob's round trip through the browser's blob store (3.5 → 1 ms per file).
    const stream = new Response(bytes).body;
    if (!stream) throw new Error(`no body to inflate for ${pathOf(input)}`);
    return new Response(stream.pipeThrough(new DecompressionStream('gzip')), { status, statusText });
  };
}
