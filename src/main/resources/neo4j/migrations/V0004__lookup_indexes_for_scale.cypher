// Leads, responsible units and appointments are linked by (:Organization {id}), which spans Department and
// Company; without this index each link is a scan of every organisation (profiled in the ingest benchmark).
CREATE INDEX organization_id IF NOT EXISTS FOR (n:Organization) ON (n.id);
// Provenance names its document by key and document(number:) accepts a key too; without this index both scan
// every document, which the benchmark's 1,000-issue store showed in the p99 of document lookups.
CREATE INDEX document_key IF NOT EXISTS FOR (n:Document) ON (n.key);
