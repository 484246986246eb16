package org.policygraph.ingest;

/** 任命, 免去, 指定. */
public enum AppointmentAction {

	APPOINT, REMOVE, DESIGNATE

}
