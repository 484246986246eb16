// Divisions of GB/T 2260 (issue "Jurisdictions"): ids by code, and the lookups jurisdiction(name:) and the
// parent/children batches make.
CREATE CONSTRAINT jurisdiction_id IF NOT EXISTS FOR (n:Jurisdiction) REQUIRE n.id IS UNIQUE;
CREATE INDEX jurisdiction_code IF NOT EXISTS FOR (n:Jurisdiction) ON (n.code);
CREATE INDEX jurisdiction_name IF NOT EXISTS FOR (n:Jurisdiction) ON (n.name);
CREATE INDEX jurisdiction_parent IF NOT EXISTS FOR (n:Jurisdiction) ON (n.parentCode);
