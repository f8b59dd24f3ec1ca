export interface HttpResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface HttpClient {
  request<T = any>(method: string, path: string, body?: unknown): Promise<HttpResponse<T>>;
  get<T = any>(path: string): Promise<HttpResponse<T>>;
  post<T = any>(path: string, body?: unknown): Promise<HttpResponse<T>>;
  put<T = any>(path: string, body?: unknown): Promise<HttpResponse<T>>;
  del<T = any>(path: string): Promise<HttpResponse<T>>;
}

export function createHttpClient(baseUrl: string, token?: string): HttpClient {
  const request = async <T>(method: string, path: string, body?: unknown): Promise<HttpResponse<T>> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  };
  return {
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body ?? {}),
    put: (path, body) => request('PUT', path, body ?? {}),
    del: (path) => request('DELETE', path),
  };
}
