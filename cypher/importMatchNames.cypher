// importMatchNames: stored nodes of the given labels that a spreadsheet names by text (an employer in a 单位 column):
// those whose name, Chinese name or English name is exactly one of the names (by: "name"), and those that carry it
// as an alias (by: "alias"). One pass over the nodes for the whole list of names; labels are model labels checked
// in code and compared as values here.
// :params {names: ["杭州五星铝业", "天目山实验室"], labels: ["Enterprise", "Lab", "Organisation"]}
MATCH (n:Entity)
WHERE any(l IN labels(n) WHERE l IN $labels)
  AND (n.name IN $names OR n.nameZh IN $names OR n.nameEn IN $names OR any(a IN coalesce(n.aliases, []) WHERE a IN $names))
WITH n, [l IN labels(n) WHERE l IN $labels][0] AS label
UNWIND [x IN [n.name, n.nameZh, n.nameEn] WHERE x IN $names | {name: x, by: 'name'}]
     + [a IN coalesce(n.aliases, []) WHERE a IN $names | {name: a, by: 'alias'}] AS hit
RETURN DISTINCT hit.name AS name, n.id AS id, label, hit.by AS by
