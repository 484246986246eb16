// Chinese full-text search: the cjk analyzer indexes CJK bigrams, so 法律援助 finds 法律援助 inside longer text.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:ServiceItem|Task|Document|Department|Company|Person|Indicator)
ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
