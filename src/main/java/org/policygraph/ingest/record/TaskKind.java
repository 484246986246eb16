package org.policygraph.ingest.record;

/**
 * KEY_TASK: a row of a task division table (Annex 2 of 52号); TASK and POLICY_MEASURE:
 * 55号's 重点任务 and 政策措施 with their 责任单位, and TASK also a sentence of running text that
 * gives work to a unit without naming a lead (由省卫生计生委…开展); LEAD: a sentence of running
 * text naming units that lead work (X牵头, X要会同Y).
 */
public enum TaskKind {

	KEY_TASK, TASK, POLICY_MEASURE, LEAD

}
