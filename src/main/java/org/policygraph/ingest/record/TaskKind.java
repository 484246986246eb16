package org.policygraph.ingest.record;

/**
 * KEY_TASK: a row of a task division table (Annex 2 of 52号); TASK and POLICY_MEASURE:
 * 55号's 重点任务 and 政策措施 with their 责任单位; LEAD: a document naming departments that lead its
 * work (57号).
 */
public enum TaskKind {

	KEY_TASK, TASK, POLICY_MEASURE, LEAD

}
