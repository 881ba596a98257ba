// search: nodes whose Chinese or English name, alias or pinyin matches a full-text query, best first, optionally
// only nodes of some types. $query is Lucene syntax that the server builds from the user's words, escaped
// (server/explore/search-query.ts). With a type filter the index is read deeper ($scan hits) before filtering, so
// that hits of other types do not crowd out the ones asked for.
// :params {query: "wuxing^3 OR wuxing*", types: null, scan: 20, limit: 20}
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $scan}) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
RETURN node, score
ORDER BY score DESC
LIMIT $limit
