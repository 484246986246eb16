package org.policygraph.ingest.record;

/** The kinds of documents a gazette carries, and those it only cites. */
public enum DocumentKind {

	NOTICE, IMPLEMENTATION_OPINION, PLAN, INTERPRETATION, PERSONNEL_DECISION, REGULATION, OPINION, OTHER

}
