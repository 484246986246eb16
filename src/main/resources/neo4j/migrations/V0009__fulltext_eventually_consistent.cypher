// The full-text index updated after commit on another thread instead of inside it: the Lucene update was about a
// third of an ingest transaction's commit. Writers wait for it once at the end of what they write
// (GazetteWriter.awaitSearchIndex), so a search after an ingest returns still sees everything it wrote.
DROP INDEX search_text IF EXISTS;
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:ServiceItem|Task|Document|Department|Company|Person|Indicator)
ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };
