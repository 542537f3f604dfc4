/**
 * HTTP error statuses (4xx and 5xx registered with IANA, RFC 9110 and later RFCs) with their
 * reason phrases and what each means in HTTP. The meaning is a statement, not advice: what to do
 * depends on the error (a locked account is not fixed by new credentials, though 401 in general
 * is), so an error page's own What to do is the answer and the status only adds context.
 */
export interface HttpStatusInfo {
  status: number;
  phrase: string;
  /** What the status means in HTTP, as one sentence. */
  meaning: string;
  /** Whether repeating the identical request can succeed later without changes. */
  retryable: boolean;
}

const statuses: ReadonlyArray<[number, string, string, boolean?]> = [
  [
    400,
    "Bad Request",
    "The server could not process the request as it was sent; repeating it unchanged gets the same answer.",
  ],
  [401, "Unauthorized", "The request did not carry authentication the server accepts for this resource."],
  [402, "Payment Required", "The request needs a payment or a plan change before it can succeed."],
  [
    403,
    "Forbidden",
    "The server understood who is asking and refuses the request; authenticating again does not change that.",
  ],
  [404, "Not Found", "The target resource does not exist, or is not visible to the caller."],
  [
    405,
    "Method Not Allowed",
    "The resource does not support the request's method; the `Allow` response header lists those it does.",
  ],
  [406, "Not Acceptable", "The server cannot produce a response that matches the request's `Accept` headers."],
  [407, "Proxy Authentication Required", "A proxy between the client and the server requires authentication."],
  [
    408,
    "Request Timeout",
    "The server stopped waiting for the request to arrive; the same request may succeed later.",
    true,
  ],
  [
    409,
    "Conflict",
    "The request conflicts with the current state of the resource, such as something that already exists.",
  ],
  [410, "Gone", "The resource was removed on purpose and will not come back."],
  [411, "Length Required", "The server requires a `Content-Length` header."],
  [412, "Precondition Failed", "A conditional request header did not match the resource's current state."],
  [413, "Content Too Large", "The request body is larger than the server accepts."],
  [414, "URI Too Long", "The request URI is longer than the server accepts."],
  [415, "Unsupported Media Type", "The server does not accept the body's media type (its `Content-Type`)."],
  [416, "Range Not Satisfiable", "The requested range lies outside the resource."],
  [417, "Expectation Failed", "The server cannot meet the request's `Expect` header."],
  [418, "(Unused)", "Status 418 is reserved and has no defined meaning."],
  [
    421,
    "Misdirected Request",
    "The request reached a server that cannot answer for this origin; a new connection may succeed.",
    true,
  ],
  [422, "Unprocessable Content", "The request is well-formed, but its content is invalid."],
  [423, "Locked", "The resource is locked."],
  [424, "Failed Dependency", "An operation this request depended on failed."],
  [
    425,
    "Too Early",
    "The server will not process a request that might be replayed; it may succeed after the handshake.",
    true,
  ],
  [426, "Upgrade Required", "The server requires the protocol named in its `Upgrade` header."],
  [428, "Precondition Required", "The server requires the request to be conditional, for example with `If-Match`."],
  [
    429,
    "Too Many Requests",
    "The caller sent too many requests; later requests can succeed, after the time `Retry-After` gives when present.",
    true,
  ],
  [
    431,
    "Request Header Fields Too Large",
    "The request's headers, or one of them, are larger than the server accepts.",
  ],
  [451, "Unavailable For Legal Reasons", "The resource is withheld for legal reasons."],
  [
    500,
    "Internal Server Error",
    "The server failed while handling the request; the failure is on its side, not in the request.",
    true,
  ],
  [501, "Not Implemented", "The server does not support what the request needs."],
  [502, "Bad Gateway", "A server behind the one that answered sent an invalid response.", true],
  [
    503,
    "Service Unavailable",
    "The service cannot handle requests at the moment; `Retry-After` may say when it can.",
    true,
  ],
  [504, "Gateway Timeout", "A server behind the one that answered did not respond in time.", true],
  [505, "HTTP Version Not Supported", "The server does not support the request's HTTP version."],
  [506, "Variant Also Negotiates", "The server is misconfigured."],
  [507, "Insufficient Storage", "The server cannot store what the request needs.", true],
  [508, "Loop Detected", "The server found an infinite loop while handling the request."],
  [510, "Not Extended", "The request lacks extensions the server requires."],
  [511, "Network Authentication Required", "The network requires authentication first, for example a captive portal."],
];

const byStatus: ReadonlyMap<number, HttpStatusInfo> = new Map(
  statuses.map(([status, phrase, meaning, retryable]) => [
    status,
    { status, phrase, meaning, retryable: retryable ?? false },
  ]),
);

/** Every registered 4xx and 5xx status, ascending. */
export const HTTP_ERROR_STATUSES: readonly number[] = [...byStatus.keys()];

export function isHttpErrorStatus(status: number): boolean {
  return byStatus.has(status);
}

/** The status's reason phrase and meaning; throws for a status that is not a registered error. */
export function httpStatusInfo(status: number): HttpStatusInfo {
  const info = byStatus.get(status);
  if (!info) throw new RangeError(`${status} is not a registered HTTP error status`);
  return info;
}

/** "404 Not Found" */
export function statusLabel(status: number): string {
  return `${status} ${httpStatusInfo(status).phrase}`;
}
