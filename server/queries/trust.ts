// Named queries of access and trust (audit record).
export const TRUST_QUERIES = [] as const;
