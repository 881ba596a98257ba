// backupRelationships: every relationship with its end nodes' element ids (the keys backupNodes gave them), its type
// and its properties as [key, valueType, value]. Streamed, never collected.
// :params {}
MATCH (a)-[r]->(b) WHERE NOT a:WriteGate AND NOT b:WriteGate
RETURN elementId(a) AS s, elementId(b) AS e, type(r) AS type, [key IN keys(r) | [key, valueType(r[key]), r[key]]] AS props
