// The HTTP layer's public surface.
export { createHttpClient } from './client';
export type { HttpClient, HttpClientOptions, HttpRequest, HttpResponse } from './client';
export { HttpError, isAbortError, redactSecrets } from './errors';
export type { HttpErrorKind } from './errors';
export { UrlPolicyError, assertAllowedUrl, isLoopbackHost } from './url-policy';
