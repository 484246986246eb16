// serviceItem(no:) answers the item of the earliest list that has the number: every list of a national store
// has an item 53, so the index on no alone found one node per list and sorted them all (p99 3.3x from 1 to
// 10,001 issues). Read in (no, sortKey) order the first entry is the answer; with a document named, the pair
// (documentKey, no) names one item.
CREATE INDEX service_item_no_in_list_order IF NOT EXISTS FOR (n:ServiceItem) ON (n.no, n.sortKey);
CREATE INDEX service_item_document_no IF NOT EXISTS FOR (n:ServiceItem) ON (n.documentKey, n.no);
