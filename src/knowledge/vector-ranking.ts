/** Scales a vector to unit length, so a dot product is the cosine. */
export function normalizeVector(vector: ArrayLike<number>): Float32Array {
  let sum = 0;
  for (let i = 0; i < vector.length; i += 1) sum += vector[i]! * vector[i]!;
  const norm = Math.sqrt(sum) || 1;
  const unit = new Float32Array(vector.length);
  for (let i = 0; i < vector.length; i += 1) unit[i] = vector[i]! / norm;
  return unit;
}

/** The `limit` nearest unit vectors to a unit query by cosine, best first; vectors of another length are skipped. */
export function nearestVectors(query: Float32Array, vectors: ReadonlyMap<string, Float32Array>, limit: number): Array<{ id: string; score: number }> {
  const scored: Array<{ id: string; score: number }> = [];
  for (const [id, vector] of vectors) {
    if (vector.length !== query.length) continue;
    let dot = 0;
    for (let i = 0; i < vector.length; i += 1) dot += vector[i]! * query[i]!;
    scored.push({ id, score: dot });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Float32 vectors as base64, a quarter the size of JSON numbers in the store. */
export function encodeVector(vector: Float32Array): string {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString('base64');
}

export function decodeVector(text: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  // Copied into a fresh, aligned buffer: Buffer pools may start at any byte offset.
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength - (bytes.byteLength % 4)));
}
