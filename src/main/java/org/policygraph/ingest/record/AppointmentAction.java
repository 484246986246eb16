package org.policygraph.ingest.record;

/** 任命, 免去, 指定. */
public enum AppointmentAction {

	APPOINT, REMOVE, DESIGNATE

}
