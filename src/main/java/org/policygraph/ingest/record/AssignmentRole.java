package org.policygraph.ingest.record;

/**
 * LEAD: leads the task (牵头; with 分别牵头 each unit leads its own part; the subject of X会同Y);
 * RESPONSIBLE: carries it or helps (负责, 按职责分工负责, 配合, a plain 责任单位 list, the partners
 * after 会同).
 */
public enum AssignmentRole {

	LEAD, RESPONSIBLE

}
