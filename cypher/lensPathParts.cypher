// lensPathParts: the relationships a lens answer's paths walk (by element id), with their end nodes, so the server
// can hand back whole paths (nodes with their properties, ties with theirs) for the few paths it chose.
// :params {relIds: ["4:00000000-0000-0000-0000-000000000000:0"]}
UNWIND $relIds AS relId
MATCH (s)-[r]->(e) WHERE elementId(r) = relId
RETURN r AS rel, s AS start, e AS end
