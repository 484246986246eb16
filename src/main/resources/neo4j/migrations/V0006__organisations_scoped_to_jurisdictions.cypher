// Issue "Jurisdictions": organisations and documents belong to a jurisdiction, read by its code.
CREATE INDEX department_jurisdiction IF NOT EXISTS FOR (n:Department) ON (n.jurisdictionCode);
CREATE INDEX company_jurisdiction IF NOT EXISTS FOR (n:Company) ON (n.jurisdictionCode);
CREATE INDEX document_jurisdiction IF NOT EXISTS FOR (n:Document) ON (n.jurisdictionCode);
