// upsertNode: creates or updates one node by id for the upsert mutations. The model label comes from an allow-list
// in code (server/mutations/upsert-node.ts). A node that exists under another model label is left untouched and no
// row comes back (the caller reports the conflict). Properties given as null are removed. When $replaceRoles is
// true, a person's role labels become exactly $roles (also allow-listed in code).
// :params {id: "example:lab:1", label: "Lab", roles: [], replaceRoles: false, props: {name: "Example lab", nameZh: "示例实验室", kind: "joint_lab"}}
OPTIONAL MATCH (existing:Entity {id: $id})
WITH existing
WHERE existing IS NULL OR $label IN labels(existing)
MERGE (n:Entity {id: $id})
SET n += $props
SET n:$($label)
FOREACH (_ IN CASE WHEN $replaceRoles THEN [1] ELSE [] END | REMOVE n:TechManager:Researcher:Entrepreneur:Expert)
SET n:$($roles)
RETURN n AS node, existing IS NULL AS created
