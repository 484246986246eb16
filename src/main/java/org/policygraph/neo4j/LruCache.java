package org.policygraph.neo4j;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small bounded map that forgets the least recently used entry, for per-query-text work
 * that clients repeat (the same few documents, sent again and again). Bounded so that
 * clients sending endless distinct texts cost memory no one else needs.
 */
public final class LruCache<K, V> {

	private final Map<K, V> entries;

	public LruCache(int capacity) {
		this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}
		};
	}

	public synchronized V get(K key) {
		return entries.get(key);
	}

	public synchronized void put(K key, V value) {
		entries.put(key, value);
	}

	/** Forgets the key's entry if it is still the one given. */
	public synchronized void remove(K key, V value) {
		entries.remove(key, value);
	}

	/**
	 * The cached value, or one computed outside the lock (two threads may both compute
	 * it; both get a value).
	 */
	public V computeIfAbsent(K key, Function<K, V> compute) {
		V value = get(key);
		if (value == null) {
			value = compute.apply(key);
			put(key, value);
		}
		return value;
	}

}
