// backupNodes: every node of the graph (the audit record included, the write gate left out) with its labels and its
// properties as [key, valueType, value], so that a backup keeps each value's exact type. Streamed, never collected.
// :params {}
MATCH (n) WHERE NOT n:WriteGate
RETURN elementId(n) AS k, labels(n) AS labels, [key IN keys(n) | [key, valueType(n[key]), n[key]]] AS props
