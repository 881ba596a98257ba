// brokersGds: whether the Graph Data Science library is installed on this Neo4j (brokers needs it).
// :params {}
SHOW FUNCTIONS YIELD name
WHERE name = 'gds.version'
RETURN count(*) > 0 AS available
