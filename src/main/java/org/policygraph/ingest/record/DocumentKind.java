package org.policygraph.ingest.record;

/**
 * The kinds of documents a gazette carries, and those it only cites: the kinds of the
 * 党政机关公文处理工作条例 (决议 RESOLUTION, 决定 DECISION, 命令(令) ORDER, 公报 COMMUNIQUE, 公告 ANNOUNCEMENT,
 * 通告 PUBLIC_NOTICE, 意见 OPINION, 通知 NOTICE, 通报 CIRCULAR, 报告 REPORT, 请示 REQUEST, 批复 REPLY,
 * 议案 MOTION, 函 LETTER, 纪要 MINUTES), laws (…法, LAW) and regulations (…条例, …办法,
 * REGULATION), plans, interpretations and personnel decisions.
 */
public enum DocumentKind {

	NOTICE, IMPLEMENTATION_OPINION, PLAN, INTERPRETATION, PERSONNEL_DECISION, REGULATION, OPINION, OTHER, LAW,
	RESOLUTION, DECISION, ORDER, COMMUNIQUE, ANNOUNCEMENT, PUBLIC_NOTICE, CIRCULAR, REPORT, REQUEST, REPLY, MOTION,
	LETTER, MINUTES

}
