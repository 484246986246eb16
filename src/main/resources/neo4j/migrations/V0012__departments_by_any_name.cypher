// department(name:) by an alias or the English name scanned every department: an alias is an element of a list and
// the English name is compared in lower case, and no index reaches either (the D1 lookup's p99 grew 1.88x from 1 to
// 10,001 issues). Every name a department answers to is a (:DepartmentName {departmentId, key}) node of its own,
// written beside the department (DepartmentNames); the lookup seeks the key. The constraint makes the writers' MERGE
// a seek and finds a department's keys when they are replaced.
CREATE CONSTRAINT department_name_key IF NOT EXISTS FOR (n:DepartmentName) REQUIRE (n.departmentId, n.key) IS UNIQUE;
CREATE INDEX department_name_lookup IF NOT EXISTS FOR (n:DepartmentName) ON (n.key);
// The keys of the departments already in the store, as DepartmentNames.keys makes them: name, full name and aliases
// as they are, the English name in lower case, no blank one.
MATCH (d:Department)
UNWIND [k IN [d.name, d.fullName] + coalesce(d.aliases, []) + [toLower(d.englishName)] WHERE k IS NOT NULL AND trim(k) <> ''] AS key
MERGE (:DepartmentName {departmentId: d.id, key: key});
