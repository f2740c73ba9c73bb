// How the client talks to the native API: one request function, its errors, and the query string.

/** A failed request, with the server's own words when it gave some. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function problemText(response: Response): Promise<string> {
  try {
    const body = await response.json();
    if (body?.detail) return String(body.detail);
    if (body?.title) return String(body.title);
    if (body?.errors) return Object.values(body.errors).flat().join(' ');
  } catch { /* not JSON */ }
  if (response.status === 401) return 'Please sign in again.';
  if (response.status === 403) return 'You are not allowed to do that.';
  if (response.status === 404) return 'That is no longer here.';
  return `The server answered ${response.status}.`;
}

export type Fetcher = (input: string, init?: RequestInit) => Promise<Response>;

/** Called when any request finds the session gone; the app sends the user to sign in. */
let onSignedOut: () => void = () => {};
export function whenSignedOut(handler: () => void) { onSignedOut = handler; }

export async function request<T>(path: string, init: RequestInit = {}, fetcher: Fetcher = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(path, {
      credentials: 'same-origin',
      ...init,
      headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
    });
  } catch {
    throw new ApiError(0, 'The server cannot be reached. Check that Hearth is running.');
  }
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/v1/auth/') && !path.startsWith('/api/v1/setup')) onSignedOut();
    throw new ApiError(response.status, await problemText(response));
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T;
  return (await response.json()) as T;
}

export const post = <T>(path: string, body?: unknown, method = 'POST') => request<T>(path, { method, body: body === undefined ? undefined : JSON.stringify(body) });

export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
