// search: nodes whose Chinese or English name, alias or pinyin matches a full-text query, best first, optionally
// only nodes of some types. $query is Lucene syntax that the server builds from the user's words, escaped
// (server/explore/search-query.ts). The index is read $scan hits deep. Without $includeHidden, people who did not
// consent are left out first, so a viewer's answer is the one a graph without them would give: the type filter
// looks at the first $window remaining hits (deeper than $limit with a type filter, so that hits of other types do
// not crowd out the ones asked for), and hiddenRead tells the server how far to read again when hidden people took
// places in that window.
// :params {query: "wuxing^3 OR wuxing*", types: null, includeHidden: false, scan: 20, window: 20, limit: 20}
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $scan}) YIELD node, score
WITH node, score
ORDER BY score DESC
WITH collect({node: node, score: score}) AS read
WITH read, [h IN read WHERE $includeHidden OR NOT ('Person' IN labels(h.node) AND h.node.consent = false)] AS shown
RETURN size(read) AS scanned,
       size(read) - size(shown) AS hiddenRead,
       [h IN shown[0..$window] WHERE $types IS NULL OR any(label IN labels(h.node) WHERE label IN $types)][0..$limit] AS hits
