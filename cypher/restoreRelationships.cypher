// restoreRelationships: creates one batch of a backup's ties between nodes restoreNodes created (joined by their
// new element ids), each property turned back into its type as in restoreNodes. Returns how many were created, so
// that a tie whose end is missing is noticed.
// :params {rows: [{s: '4:new:1', e: '4:new:2', type: 'KNOWS', props: [['since', 'd', '2020-01-01']]}]}
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.s
MATCH (b) WHERE elementId(b) = row.e
WITH a, b, row, apoc.map.fromPairs([p IN row.props |
  [p[0], CASE
    WHEN p[1] STARTS WITH '[' THEN [v IN p[2] |
      CASE substring(p[1], 1)
        WHEN 'i' THEN toInteger(v) WHEN 'f' THEN toFloat(v) WHEN 'd' THEN date(v) WHEN 'dt' THEN datetime(v)
        WHEN 'ldt' THEN localdatetime(v) WHEN 't' THEN time(v) WHEN 'lt' THEN localtime(v) WHEN 'dur' THEN duration(v)
        WHEN 'pt' THEN point(CASE WHEN v.z IS NULL THEN {x: v.x, y: v.y, srid: v.srid} ELSE v END)
        ELSE v END]
    ELSE
      CASE p[1]
        WHEN 'i' THEN toInteger(p[2]) WHEN 'f' THEN toFloat(p[2]) WHEN 'd' THEN date(p[2]) WHEN 'dt' THEN datetime(p[2])
        WHEN 'ldt' THEN localdatetime(p[2]) WHEN 't' THEN time(p[2]) WHEN 'lt' THEN localtime(p[2])
        WHEN 'dur' THEN duration(p[2])
        WHEN 'pt' THEN point(CASE WHEN p[2].z IS NULL THEN {x: p[2].x, y: p[2].y, srid: p[2].srid} ELSE p[2] END)
        ELSE p[2] END
  END]]) AS props
CALL apoc.create.relationship(a, row.type, props, b) YIELD rel
RETURN count(rel) AS created
