// Named queries of access and trust: the audit record, and the lookups that anonymous labels and name scrubbing need.
export const TRUST_QUERIES = ['auditRecord', 'auditFinish', 'auditLog', 'anonymousAffiliations', 'anonymousNames'] as const;
