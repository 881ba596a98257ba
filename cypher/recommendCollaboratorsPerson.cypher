// recommendCollaboratorsPerson: the person recommendCollaborators is asked about, with how many tech areas they are
// expert in (the denominator of the shared-areas Jaccard index).
// :params {personId: "demo:person:example"}
MATCH (u:Person {id: $personId})
RETURN u AS person, COUNT { (u)-[:EXPERT_IN]->(:TechArea) } AS areaCount
