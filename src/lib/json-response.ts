/** A JSON file as the site serves it, with its media type. `text` is JSON already. */
export function jsonTextResponse(text: string): Response {
  return new Response(text, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}

/** A value as a JSON file; `indent` for files people read (catalog.json). */
export function jsonResponse(value: unknown, indent?: number): Response {
  return jsonTextResponse(JSON.stringify(value, null, indent));
}

/** Static paths for an index published in shards, one file per shard: `/<shard>.json`. */
export function shardPaths<Row>(shards: Map<string, Row[]>) {
  return [...shards].map(([shard, rows]) => ({ params: { shard }, props: { rows } }));
}
