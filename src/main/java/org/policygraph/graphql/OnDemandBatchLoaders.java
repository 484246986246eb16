package org.policygraph.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DataLoaderRegistrar;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

/**
 * The batch loaders, each created for a request when one of its fields first asks for it.
 * Spring's registry creates every registered DataLoader (about thirty) for every request,
 * 2–3% of a point lookup's request thread (src/bench/PROFILE.md), and a request the
 * compiler answers in one statement uses none. Registrations go through here exactly as
 * through Spring's registry ({@code forTypePair}, {@code forName},
 * {@code @BatchMapping}); each is kept in a registry of its own, so that one loader can
 * be created by its name.
 */
final class OnDemandBatchLoaders implements BatchLoaderRegistry {

	private final List<DefaultBatchLoaderRegistry> registrations = new CopyOnWriteArrayList<>();

	private volatile Map<String, DataLoaderRegistrar> byName;

	@Override
	public <K, V> RegistrationSpec<K, V> forTypePair(Class<K> keyType, Class<V> valueType) {
		return add(registry -> registry.forTypePair(keyType, valueType));
	}

	@Override
	public <K, V> RegistrationSpec<K, V> forName(String name) {
		return add(registry -> registry.forName(name));
	}

	private <K, V> RegistrationSpec<K, V> add(Function<BatchLoaderRegistry, RegistrationSpec<K, V>> spec) {
		DefaultBatchLoaderRegistry registration = new DefaultBatchLoaderRegistry();
		this.registrations.add(registration);
		this.byName = null;
		return spec.apply(registration);
	}

	/**
	 * Into a request's {@link Registry} (every GraphQL request over HTTP has one, see
	 * {@link LoaderConfiguration}) by name when asked for; into any other registry all at
	 * once, as Spring does.
	 */
	@Override
	public void registerDataLoaders(DataLoaderRegistry registry, GraphQLContext context) {
		if (registry instanceof Registry onDemand) {
			onDemand.supply(byName(), context);
		}
		else {
			this.registrations.forEach(registration -> registration.registerDataLoaders(registry, context));
		}
	}

	/**
	 * Each registration by the name of its loader, learned by creating it once (the name
	 * is given after the registration started, by {@code withName}).
	 */
	private Map<String, DataLoaderRegistrar> byName() {
		Map<String, DataLoaderRegistrar> names = this.byName;
		if (names == null) {
			Map<String, DataLoaderRegistrar> found = new HashMap<>();
			for (DefaultBatchLoaderRegistry registration : this.registrations) {
				DataLoaderRegistry probe = new DataLoaderRegistry();
				registration.registerDataLoaders(probe, GraphQLContext.getDefault());
				for (String name : probe.getKeys()) {
					if (found.putIfAbsent(name, registration) != null) {
						throw new IllegalStateException("More than one DataLoader named '" + name + "'");
					}
				}
			}
			names = Map.copyOf(found);
			this.byName = names;
		}
		return names;
	}

	/**
	 * A request's loaders: a loader is created when a field (or a resolver priming it)
	 * first asks for it by name; dispatching and statistics see the loaders created.
	 */
	static final class Registry extends DataLoaderRegistry {

		private volatile Map<String, DataLoaderRegistrar> sources = Map.of();

		private volatile GraphQLContext context = GraphQLContext.getDefault();

		void supply(Map<String, DataLoaderRegistrar> sources, GraphQLContext context) {
			this.sources = sources;
			this.context = context;
		}

		/** Every loader at once, for an instrumentation that copies them. */
		void createAll() {
			this.sources.keySet().forEach(this::getDataLoader);
		}

		@Override
		@SuppressWarnings("unchecked")
		public <K, V> DataLoader<K, V> getDataLoader(String key) {
			DataLoader<?, ?> loader = this.dataLoaders.get(key);
			if (loader == null) {
				DataLoaderRegistrar source = this.sources.get(key);
				if (source == null) {
					return null;
				}
				loader = this.dataLoaders.computeIfAbsent(key, name -> {
					DataLoaderRegistry one = new DataLoaderRegistry();
					source.registerDataLoaders(one, this.context);
					return one.getDataLoader(name);
				});
			}
			return (DataLoader<K, V>) loader;
		}

	}

}
