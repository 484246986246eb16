// Leads, responsible units and appointments are linked by (:Organization {id}), which spans Department and
// Company; without this index each link is a scan of every organisation (profiled in the ingest benchmark).
CREATE INDEX organization_id IF NOT EXISTS FOR (n:Organization) ON (n.id);
