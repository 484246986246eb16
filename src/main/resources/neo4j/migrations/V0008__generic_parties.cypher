// Generic parties (其他有关部门, 地方各级政府) are merged by id like departments.
CREATE CONSTRAINT generic_party_id IF NOT EXISTS FOR (n:GenericParty) REQUIRE n.id IS UNIQUE;
