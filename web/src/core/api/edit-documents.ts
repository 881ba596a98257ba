// The GraphQL documents of editing in the web app: the model's fields and tie types for the forms, the changes
// (through the existing upsert, link and unlink mutations) and undoing one's own last change. Names start with Edit.

export const EDIT_MODEL_FIELDS = `query EditModelFields($type: String!) { modelFields(type: $type) { name type allowed personal } }`;

export const EDIT_TIE_TYPES = `query EditTieTypes($fromType: String!, $toType: String!) {
  tieTypes(fromType: $fromType, toType: $toType) { type properties { name type allowed } }
}`;

export const EDIT_LINK = `mutation EditLink($type: String!, $from: ID!, $to: ID!, $properties: JSON) {
  link(type: $type, from: $from, to: $to, properties: $properties) { id type from to }
}`;

export const EDIT_UNLINK = `mutation EditUnlink($type: String!, $from: ID!, $to: ID!) { unlink(type: $type, from: $from, to: $to) }`;

export const EDIT_UNDO = `mutation EditUndo { undoLastChange { eventId operation subjects } }`;

export const EDIT_UPSERT_PERSON = `mutation EditUpsertPerson($input: PersonInput!) { upsertPerson(input: $input) { id } }`;
export const EDIT_UPSERT_ENTERPRISE = `mutation EditUpsertEnterprise($input: EnterpriseInput!) { upsertEnterprise(input: $input) { id } }`;
export const EDIT_UPSERT_LAB = `mutation EditUpsertLab($input: LabInput!) { upsertLab(input: $input) { id } }`;
export const EDIT_UPSERT_ORGANISATION = `mutation EditUpsertOrganisation($input: OrganisationInput!) { upsertOrganisation(input: $input) { id } }`;
export const EDIT_UPSERT_COMPETITION = `mutation EditUpsertCompetition($input: CompetitionInput!) { upsertCompetition(input: $input) { id } }`;
export const EDIT_UPSERT_TALENT_POOL = `mutation EditUpsertTalentPool($input: TalentPoolInput!) { upsertTalentPool(input: $input) { id } }`;
export const EDIT_UPSERT_REGION = `mutation EditUpsertRegion($input: RegionInput!) { upsertRegion(input: $input) { id } }`;
export const EDIT_UPSERT_TECH_AREA = `mutation EditUpsertTechArea($input: TechAreaInput!) { upsertTechArea(input: $input) { id } }`;
export const EDIT_UPSERT_PROJECT = `mutation EditUpsertProject($input: ProjectInput!) { upsertProject(input: $input) { id } }`;
export const EDIT_UPSERT_DEMAND = `mutation EditUpsertDemand($input: DemandInput!) { upsertDemand(input: $input) { id } }`;

/** The upsert document of each node type. */
export const EDIT_UPSERTS: Record<string, string> = {
  Person: EDIT_UPSERT_PERSON,
  Enterprise: EDIT_UPSERT_ENTERPRISE,
  Lab: EDIT_UPSERT_LAB,
  Organisation: EDIT_UPSERT_ORGANISATION,
  Competition: EDIT_UPSERT_COMPETITION,
  TalentPool: EDIT_UPSERT_TALENT_POOL,
  Region: EDIT_UPSERT_REGION,
  TechArea: EDIT_UPSERT_TECH_AREA,
  Project: EDIT_UPSERT_PROJECT,
  Demand: EDIT_UPSERT_DEMAND,
};
