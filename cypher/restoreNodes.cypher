// restoreNodes: creates one batch of a backup's nodes with their labels and properties, each property turned back
// into its type from the file's type code (server/backup/format.ts; a leading `[` marks a list). Returns each new
// node's element id under its key in the file, so that restoreRelationships can join the ties.
// :params {rows: [{k: '4:abc:1', labels: ['Entity', 'Person'], props: [['id', 's', 'p:1'], ['since', 'd', '2020-01-01'], ['tags', '[s', ['a', 'b']]]}]}
UNWIND $rows AS row
WITH row, apoc.map.fromPairs([p IN row.props |
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
CALL apoc.create.node(row.labels, props) YIELD node
RETURN row.k AS k, elementId(node) AS e
