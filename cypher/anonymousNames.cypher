// anonymousNames: every name and alias of people who have not consented to being shown by name, so that free
// text given to viewers (reasons, matched search terms) can be scrubbed of them.
// :params {}
MATCH (p:Person)
WHERE p.consent = false
RETURN p.id AS id, [n IN [p.name, p.nameZh, p.nameEn] + coalesce(p.aliases, []) WHERE n IS NOT NULL] AS names
