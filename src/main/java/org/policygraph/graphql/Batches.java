package org.policygraph.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/**
 * Maps a batch of GraphQL sources to values loaded by key. Sources whose key found
 * nothing are left out, which GraphQL answers as null (or an empty list for lists).
 */
public final class Batches {

	private Batches() {
	}

	public static <S, V> Map<S, V> one(List<S> sources, Function<S, String> key, Map<String, V> loaded) {
		Map<S, V> result = new HashMap<>();
		for (S source : sources) {
			V value = loaded.get(key.apply(source));
			if (value != null) {
				result.put(source, value);
			}
		}
		return result;
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

	public static <S, V> Map<S, List<V>> lists(List<S> sources, Function<S, String> key, Map<String, List<V>> loaded) {
		Map<S, List<V>> result = new HashMap<>();
		for (S source : sources) {
			result.put(source, loaded.getOrDefault(key.apply(source), List.of()));
		}
		return result;
	}

}
