// connections and responsibilityMap resolve a name among items and documents too: by
// label scan, every item of every list was read twice per request (once per end)
CREATE INDEX service_item_name IF NOT EXISTS FOR (n:ServiceItem) ON (n.name);
CREATE INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title);
