// Lookups by the names users type: document numbers, item numbers, department and person names.
CREATE INDEX document_number IF NOT EXISTS FOR (n:Document) ON (n.number);
CREATE INDEX service_item_no IF NOT EXISTS FOR (n:ServiceItem) ON (n.no);
CREATE INDEX service_item_pattern IF NOT EXISTS FOR (n:ServiceItem) ON (n.fundingPattern);
CREATE INDEX department_name IF NOT EXISTS FOR (n:Department) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX domain_name IF NOT EXISTS FOR (n:Domain) ON (n.name);
CREATE INDEX owned_by_issue_item IF NOT EXISTS FOR (n:ServiceItem) ON (n.issueKey);
CREATE INDEX owned_by_issue_task IF NOT EXISTS FOR (n:Task) ON (n.issueKey);
CREATE INDEX owned_by_issue_indicator IF NOT EXISTS FOR (n:Indicator) ON (n.issueKey);
CREATE INDEX owned_by_issue_appointment IF NOT EXISTS FOR (n:Appointment) ON (n.issueKey);
CREATE INDEX owned_by_issue_target IF NOT EXISTS FOR (n:PhasedTarget) ON (n.issueKey);
CREATE INDEX owned_by_issue_annex IF NOT EXISTS FOR (n:Annex) ON (n.issueKey);
CREATE INDEX service_item_sort IF NOT EXISTS FOR (n:ServiceItem) ON (n.sortKey);
