package org.policygraph.ingest.write;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.neo4j.Retries;
import org.policygraph.succession.Successions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one gazette issue into the graph in a single write transaction, so an issue is
 * either wholly in the graph or not at all. Re-writing an issue replaces what it owns
 * (items, tasks, indicators, targets, appointments, its documents' links) and merges what
 * it shares with other issues (departments, people, domains, documents), so re-ingesting
 * the same file leaves the graph exactly as it was.
 */
public final class GazetteWriter {

	private static final Logger log = LoggerFactory.getLogger(GazetteWriter.class);

	/**
	 * How long an issue is retried after transient failures (deadlocks, a leader switch,
	 * a database restart). The driver's own retries stop after a few seconds so that
	 * reads fail fast in an outage; an issue can take longer than that to write once.
	 */
	static final Duration RETRY_WINDOW = Duration.ofMinutes(2);

	private static final Retries RETRIES = Retries.within(RETRY_WINDOW);

	/**
	 * An issue is written in one transaction; the database's default timeout is meant for
	 * queries.
	 */
	private static final TransactionConfig WRITE_TIMEOUT = TransactionConfig.builder()
		.withTimeout(Duration.ofMinutes(5))
		.build();

	private final Driver driver;

	/**
	 * The order matters: the registry (and its successions) and the issues first, then
	 * the documents the owned facts hang off, then the owned facts.
	 */
	private final List<FactWriter> writers;

	public GazetteWriter(Driver driver) {
		this(driver, Successions.none());
	}

	/**
	 * @param successions the reviewed successions between the registry's bodies, written
	 * with every batch as the registry is
	 */
	public GazetteWriter(Driver driver, Successions successions) {
		this.driver = driver;
		this.writers = List.of(new RegistryWriter(), new SuccessionWriter(successions), new IssueWriter(),
				new DocumentWriter(), new ServiceListWriter(), new TaskWriter(), new PlanTargetWriter(),
				new PeopleWriter());
	}

	/**
	 * @param extraState properties to set on the seed state node in the same transaction
	 * (the seed hash), so "issue written" and "seed recorded" can't disagree after a
	 * crash
	 */
	public WriteSummary write(Gazette gazette, List<OrganizationRecord> organizations, Map<String, Object> extraState) {
		return writeBatch(List.of(gazette), organizations, extraState).getFirst();
	}

	/**
	 * Writes several issues in one transaction: all of them or none. Every statement
	 * carries the rows of the whole batch, so a bulk load pays the fixed costs (round
	 * trips, the registry's MERGE, the commit) once per batch instead of once per issue.
	 * When the same issue appears twice, the later one wins, as it would written one
	 * after the other.
	 * @return one summary per distinct issue, in the order given
	 */
	public List<WriteSummary> writeBatch(List<Gazette> gazettes, List<OrganizationRecord> organizations,
			Map<String, Object> extraState) {
		return writeBatch(gazettes, organizations, extraState, true);
	}

	/**
	 * @param withReference whether to write the reference data (the curated registry, the
	 * payers, the successions) in this batch: a run of many batches writes it with its
	 * first one and leaves it out of the rest, which then only refer to it
	 */
	public List<WriteSummary> writeBatch(List<Gazette> gazettes, List<OrganizationRecord> organizations,
			Map<String, Object> extraState, boolean withReference) {
		return writeBatch(gazettes, organizations, extraState, withReference, SharedRows.none());
	}

	/**
	 * @param shared what earlier batches of the same run committed of the shared rows,
	 * left out of this batch; updated when it commits
	 */
	public List<WriteSummary> writeBatch(List<Gazette> gazettes, List<OrganizationRecord> organizations,
			Map<String, Object> extraState, boolean withReference, SharedRows shared) {
		Batch batch = Batch.of(gazettes, organizations, withReference, shared);
		return RETRIES.run(() -> {
			try (var session = driver.session()) {
				List<WriteSummary> summaries = session.executeWrite(tx -> {
					shared.begin();
					return write(tx, batch, extraState);
				}, WRITE_TIMEOUT);
				shared.committed();
				return summaries;
			}
		}, null, (failure, attempt, delay) -> log.warn("Writing {} failed ({}); attempt {} in {} ms", batch.keys(),
				failure.getMessage(), attempt, delay));
	}

	/**
	 * Waits until the full-text index shows everything committed so far: it is updated
	 * after each commit on another thread (it was a third of an ingest's commit time), so
	 * whoever writes waits for it once, at the end, and a search after an ingest returns
	 * sees all of it.
	 */
	public void awaitSearchIndex() {
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(
					tx -> tx.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume(),
					WRITE_TIMEOUT);
		}
	}

	/**
	 * Runs every writer's statements for the batch in the transaction given, each keeping
	 * its first plan ({@link KeptPlans}).
	 */
	List<WriteSummary> write(SimpleQueryRunner transaction, Batch batch, Map<String, Object> extraState) {
		TransactionContext tx = new KeptPlans(transaction);
		for (FactWriter writer : writers) {
			writer.write(tx, batch);
		}
		GraphVersionStamp.bump(tx);
		if (!extraState.isEmpty()) {
			tx.run("""
					MERGE (s:SeedState {name: $name}) SET s += $state
					""", Map.of("name", extraState.getOrDefault("name", "graph-seed"), "state", extraState)).consume();
		}
		return batch.gazettes().stream().map(WriteSummary::of).toList();
	}

}
