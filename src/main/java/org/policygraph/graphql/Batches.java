package org.policygraph.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/**
 * The one way a {@code @BatchMapping} maps its batch of GraphQL sources to values, and a
 * root resolver hands ahead what it already read. Sources whose value is null are left
 * out, which GraphQL answers as null.
 */
public final class Batches {

	private Batches() {
	}

	/** Each source with the value computed from it; a source given twice counts once. */
	public static <S, V> Map<S, V> each(List<S> sources, Function<S, V> value) {
		Map<S, V> result = new HashMap<>();
		for (S source : sources) {
			V v = value.apply(source);
			if (v != null) {
				result.putIfAbsent(source, v);
			}
		}
		return result;
	}

	/** Each source with the value loaded under its key. */
	public static <S, V> Map<S, V> one(List<S> sources, Function<S, String> key, Map<String, V> loaded) {
		return each(sources, source -> loaded.get(key.apply(source)));
	}

	/**
	 * Hands a value a root resolver already read (looking ahead at its selection) to the
	 * batch loader of a field, so that the field costs no query of its own.
	 * {@code @BatchMapping} loaders are named Type.field.
	 */
	public static <K, V> void prime(DataFetchingEnvironment env, String typeAndField, K source, V value) {
		DataLoader<K, V> loader = env.getDataLoader(typeAndField);
		if (loader != null) {
			loader.prime(source, value);
		}
	}

	/** Each source with the list loaded under its key, empty when nothing was. */
	public static <S, V> Map<S, List<V>> lists(List<S> sources, Function<S, String> key, Map<String, List<V>> loaded) {
		return each(sources, source -> loaded.getOrDefault(key.apply(source), List.of()));
	}

}
