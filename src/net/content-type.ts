/** A Content-Type header split into the parts callers decide on. */
export interface ContentType {
  /** Lower-case `type/subtype`, parameters removed. */
  mediaType: string;
  charset?: string;
}

export function parseContentType(header: string | null | undefined): ContentType | undefined {
  if (!header) return undefined;
  const [type = '', ...params] = header.split(';');
  const mediaType = type.trim().toLowerCase();
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(mediaType)) return undefined;
  const charsetParam = params.map((param) => param.trim()).find((param) => /^charset=/i.test(param));
  const charset = charsetParam?.slice('charset='.length).replace(/^"|"$/g, '').trim().toLowerCase();
  return charset ? { mediaType, charset } : { mediaType };
}

/** `accept` entries are media types, `type/*` or `*\/*`; an empty list accepts anything. */
export function isAcceptedType(mediaType: string | undefined, accept: readonly string[]): boolean {
  if (accept.length === 0) return true;
  if (!mediaType) return false;
  const [type] = mediaType.split('/');
  return accept.some((entry) => {
    const wanted = entry.trim().toLowerCase();
    return wanted === '*/*' || wanted === mediaType || wanted === `${type}/*`;
  });
}
