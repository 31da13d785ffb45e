/** A failed HTTP call: status 0 means the network did not answer (offline). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
    readonly body: string,
  ) {
    super(status === 0 ? `No answer from ${url}` : `${status} from ${url}: ${body.slice(0, 300)}`);
  }
  get offline(): boolean {
    return this.status === 0;
  }
}

/** Gives a bearer token for a resource ("graph" or a SharePoint origin). */
export type TokenSource = (resource: string) => Promise<string>;

/** fetch with a bearer token and JSON in and out; non-2xx answers and network failures become HttpError. */
export class JsonClient {
  constructor(
    private readonly tokens: TokenSource,
    private readonly fetcher: typeof fetch = (...a) => fetch(...a),
  ) {}

  async send<T>(resource: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ json: T; etag: string | null }> {
    const token = await this.tokens(resource);
    let response: Response;
    try {
      response = await this.fetcher(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new HttpError(0, url, "");
    }
    const text = await response.text();
    if (!response.ok) throw new HttpError(response.status, url, text);
    return { json: (text ? JSON.parse(text) : {}) as T, etag: response.headers.get("ETag") };
  }
}
