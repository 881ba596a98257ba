// Talent Bridge schema: constraints, indexes and the full-text index. DDL only; every statement is
// IF NOT EXISTS so applying the file twice is harmless. Statements are separated by semicolons.
// The model is documented in docs/model.md and encoded for code in server/model/model.ts.

// Every node carries the base label Entity and a unique string id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Per-label id indexes, so `MATCH (p:Person {id: $id})` and label-scoped lookups stay index seeks.
CREATE INDEX person_id IF NOT EXISTS FOR (n:Person) ON (n.id);
CREATE INDEX enterprise_id IF NOT EXISTS FOR (n:Enterprise) ON (n.id);
CREATE INDEX lab_id IF NOT EXISTS FOR (n:Lab) ON (n.id);
CREATE INDEX organisation_id IF NOT EXISTS FOR (n:Organisation) ON (n.id);
CREATE INDEX competition_id IF NOT EXISTS FOR (n:Competition) ON (n.id);
CREATE INDEX talentpool_id IF NOT EXISTS FOR (n:TalentPool) ON (n.id);
CREATE INDEX region_id IF NOT EXISTS FOR (n:Region) ON (n.id);
CREATE INDEX techarea_id IF NOT EXISTS FOR (n:TechArea) ON (n.id);
CREATE INDEX project_id IF NOT EXISTS FOR (n:Project) ON (n.id);
CREATE INDEX demand_id IF NOT EXISTS FOR (n:Demand) ON (n.id);

// Lookups by kind and level (lab kinds, region levels, pool kinds) and by name.
CREATE INDEX lab_kind IF NOT EXISTS FOR (n:Lab) ON (n.kind);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX talentpool_kind IF NOT EXISTS FOR (n:TalentPool) ON (n.kind);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
// Viewers' masking loads the non-consenting people (cypher/anonymousNames.cypher) without scanning every person.
CREATE INDEX person_consent IF NOT EXISTS FOR (n:Person) ON (n.consent);
CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE INDEX lab_name IF NOT EXISTS FOR (n:Lab) ON (n.name);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX demand_posted IF NOT EXISTS FOR (n:Demand) ON (n.postedAt);
// The order desk: a scope's queue (demands of these regions), soonest due first, by state.
CREATE INDEX demand_region IF NOT EXISTS FOR (n:Demand) ON (n.regionId);
CREATE INDEX demand_due IF NOT EXISTS FOR (n:Demand) ON (n.responseDue);
CREATE INDEX demand_status IF NOT EXISTS FOR (n:Demand) ON (n.status);

// Full-text search over Chinese and English names, aliases and pinyin. The cjk analyzer splits Han text into
// bigrams, so a two-character query such as 五星 matches; pinyin tokens are written by server/model/search-text.ts.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameZh, n.nameEn, n.aliasText, n.pinyin]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};

// The audit record (AuditEvent nodes, never Entity): looked up by id when a change finishes, listed newest first
// and filtered by actor.
CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at);
CREATE INDEX audit_actor IF NOT EXISTS FOR (e:AuditEvent) ON (e.actor);

// The write gate: one node that every write transaction locks shared and a backup locks exclusively (server/db.ts,
// Db.snapshot). Unique, so that concurrent first writes MERGE one gate, not two.
CREATE CONSTRAINT write_gate_id IF NOT EXISTS FOR (g:WriteGate) REQUIRE g.id IS UNIQUE;

// The introductions ledger and 安心宝 escrow (never Entity): introductions by id and listed newest first; outcomes,
// milestones, escrow accounts and risk pools by id.
CREATE CONSTRAINT introduction_id IF NOT EXISTS FOR (i:Introduction) REQUIRE i.id IS UNIQUE;
CREATE INDEX introduction_date IF NOT EXISTS FOR (i:Introduction) ON (i.date);
CREATE CONSTRAINT outcome_id IF NOT EXISTS FOR (o:Outcome) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT milestone_id IF NOT EXISTS FOR (m:Milestone) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT escrow_id IF NOT EXISTS FOR (a:EscrowAccount) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT riskpool_id IF NOT EXISTS FOR (r:RiskPool) REQUIRE r.id IS UNIQUE;
