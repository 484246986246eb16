package org.policygraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

import org.policygraph.bench.LoadRun.Measurement;

/**
 * Every measurement of a benchmark, keyed by run, client count, question and target, with
 * the statistics the report quotes: medians over runs, and ratios taken inside one run
 * before their median is taken.
 */
final class Results {

	record Key(int run, int clients, String question, String target) {
	}

	private final Map<Key, Measurement> measurements = new LinkedHashMap<>();

	void put(Key key, Measurement measurement) {
		measurements.put(key, measurement);
	}

	Map<Key, Measurement> all() {
		return measurements;
	}

	List<Integer> runs() {
		return measurements.keySet().stream().map(Key::run).distinct().sorted().toList();
	}

	/**
	 * The median over runs of one statistic, empty when the target never answered the
	 * question.
	 */
	OptionalDouble median(int clients, String question, String target, ToDoubleFunction<Measurement> statistic) {
		List<Double> values = new ArrayList<>();
		for (int run : runs()) {
			Measurement m = measurements.get(new Key(run, clients, question, target));
			if (m != null && m.failures() == 0 && m.requests() > 0) {
				values.add(statistic.applyAsDouble(m));
			}
		}
		return median(values);
	}

	/**
	 * The median over runs of {@code statistic(a) / statistic(b)}, each ratio taken
	 * within one run, so a machine that is slower in one run than another moves both
	 * sides together.
	 */
	OptionalDouble medianRatio(int clients, String question, String a, String b,
			ToDoubleFunction<Measurement> statistic) {
		return medianRatio(clients, question, a, question, b, statistic);
	}

	OptionalDouble medianRatio(int clients, String questionA, String a, String questionB, String b,
			ToDoubleFunction<Measurement> statistic) {
		List<Double> values = new ArrayList<>();
		for (int run : runs()) {
			Measurement x = measurements.get(new Key(run, clients, questionA, a));
			Measurement y = measurements.get(new Key(run, clients, questionB, b));
			if (usable(x) && usable(y) && statistic.applyAsDouble(y) > 0) {
				values.add(statistic.applyAsDouble(x) / statistic.applyAsDouble(y));
			}
		}
		return median(values);
	}

	/** Failed requests over all runs, so a report never hides them. */
	long failures(int clients, String question, String target) {
		return runs().stream()
			.map(run -> measurements.get(new Key(run, clients, question, target)))
			.filter(m -> m != null)
			.mapToLong(Measurement::failures)
			.sum();
	}

	private static boolean usable(Measurement m) {
		return m != null && m.failures() == 0 && m.requests() > 0;
	}

	static OptionalDouble median(List<Double> values) {
		if (values.isEmpty()) {
			return OptionalDouble.empty();
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		int mid = sorted.length / 2;
		return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
	}

}
