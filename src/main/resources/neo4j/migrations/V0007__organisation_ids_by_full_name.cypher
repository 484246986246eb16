// Organisations are identified by full name once two places can share a printed one (Department:吉林省财政厅,
// Department:河南省财政厅). Before this version every organisation came from 吉林省's registry, so each one in
// an existing store is 吉林省's; its old id (Department:省财政厅) is kept in formerIds, which node(id:) reads.
MATCH (o:Organization) WHERE o.jurisdictionCode IS NULL
WITH o, o.id AS old, CASE WHEN o:Company THEN 'Company:' ELSE 'Department:' END + coalesce(o.fullName, o.name) AS new
SET o.id = new, o.formerIds = CASE WHEN old = new THEN [] ELSE [old] END, o.jurisdictionCode = '220000',
    o.verified = true;
