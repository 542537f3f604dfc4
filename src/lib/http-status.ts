/**
 * HTTP error statuses (4xx and 5xx registered with IANA, RFC 9110 and later RFCs) with their
 * reason phrases and what a client should generally do about each. The advice derives from HTTP
 * semantics only; a system's own guidance, when its documents give one, is shown beside it.
 */
export interface HttpStatusInfo {
  status: number;
  phrase: string;
  /** What a client should generally do, from HTTP semantics. */
  advice: string;
  /** Whether repeating the identical request can succeed later without changes. */
  retryable: boolean;
}

const statuses: ReadonlyArray<[number, string, string, boolean?]> = [
  [400, "Bad Request", "Fix the request: the server could not process it as sent. Do not retry it unchanged."],
  [401, "Unauthorized", "Authenticate: send valid credentials (or refresh them) and repeat the request."],
  [402, "Payment Required", "The request needs a payment or a plan change before it can succeed."],
  [
    403,
    "Forbidden",
    "The server understood the request but refuses it for these credentials. Check permissions; re-authenticating alone will not help.",
  ],
  [404, "Not Found", "Check the identifier or URL: the target resource does not exist or is not visible to you."],
  [405, "Method Not Allowed", "Use a method the resource supports; the `Allow` response header lists them."],
  [
    406,
    "Not Acceptable",
    "The server cannot produce a response matching the request's `Accept` headers or its preconditions.",
  ],
  [407, "Proxy Authentication Required", "Authenticate with the proxy and repeat the request."],
  [408, "Request Timeout", "The server gave up waiting for the request. Repeat it.", true],
  [
    409,
    "Conflict",
    "The request conflicts with the current state of the resource. Resolve the conflict (for example, use the existing resource) before retrying.",
  ],
  [410, "Gone", "The resource was removed on purpose and will not come back. Stop requesting it."],
  [411, "Length Required", "Send a `Content-Length` header."],
  [412, "Precondition Failed", "A conditional header did not match. Fetch the current state and try again."],
  [413, "Content Too Large", "Send less data: the request body exceeds what the server accepts."],
  [414, "URI Too Long", "Shorten the request URI, for example by moving parameters into the body."],
  [
    415,
    "Unsupported Media Type",
    "Send the body in a media type the server supports and set `Content-Type` accordingly.",
  ],
  [416, "Range Not Satisfiable", "Request a range that lies within the resource."],
  [417, "Expectation Failed", "The server cannot meet the `Expect` request header. Send the request without it."],
  [418, "(Unused)", "Status 418 is reserved and has no defined meaning."],
  [
    421,
    "Misdirected Request",
    "The request reached a server that cannot answer for this origin. Retry on a new connection.",
    true,
  ],
  [422, "Unprocessable Content", "The request is well-formed but its content is invalid. Fix the content."],
  [423, "Locked", "The resource is locked. Wait for the lock to be released."],
  [424, "Failed Dependency", "An operation this request depended on failed. Fix that one first."],
  [
    425,
    "Too Early",
    "The server will not process a request that might be replayed. Retry after the handshake completes.",
    true,
  ],
  [426, "Upgrade Required", "Switch to the protocol named in the `Upgrade` header."],
  [428, "Precondition Required", "Make the request conditional, for example with `If-Match`."],
  [
    429,
    "Too Many Requests",
    "Slow down: wait before retrying (honour `Retry-After` when present) and back off exponentially.",
    true,
  ],
  [431, "Request Header Fields Too Large", "Send fewer or smaller headers, for example fewer cookies."],
  [451, "Unavailable For Legal Reasons", "The resource is withheld for legal reasons."],
  [
    500,
    "Internal Server Error",
    "The server failed. Retry later; if it persists, report it with the request details.",
    true,
  ],
  [501, "Not Implemented", "The server does not support the functionality required. Do not retry."],
  [502, "Bad Gateway", "An upstream server answered badly. Retry later.", true],
  [
    503,
    "Service Unavailable",
    "The service is temporarily unavailable. Retry later, honouring `Retry-After` when present.",
    true,
  ],
  [504, "Gateway Timeout", "An upstream server did not answer in time. Retry later.", true],
  [505, "HTTP Version Not Supported", "Use an HTTP version the server supports."],
  [506, "Variant Also Negotiates", "A server configuration error. Report it."],
  [507, "Insufficient Storage", "The server cannot store what the request needs. Retry later or send less.", true],
  [508, "Loop Detected", "The server detected an infinite loop. Report it."],
  [510, "Not Extended", "The request needs extensions the server requires."],
  [511, "Network Authentication Required", "Authenticate with the network (for example a captive portal)."],
];

const byStatus: ReadonlyMap<number, HttpStatusInfo> = new Map(
  statuses.map(([status, phrase, advice, retryable]) => [
    status,
    { status, phrase, advice, retryable: retryable ?? false },
  ]),
);

/** Every registered 4xx and 5xx status, ascending. */
export const HTTP_ERROR_STATUSES: readonly number[] = [...byStatus.keys()];

export function isHttpErrorStatus(status: number): boolean {
  return byStatus.has(status);
}

/** The status's reason phrase and advice; throws for a status that is not a registered error. */
export function httpStatusInfo(status: number): HttpStatusInfo {
  const info = byStatus.get(status);
  if (!info) throw new RangeError(`${status} is not a registered HTTP error status`);
  return info;
}

/** "404 Not Found" */
export function statusLabel(status: number): string {
  return `${status} ${httpStatusInfo(status).phrase}`;
}
