package org.policygraph.graphql;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OnDemandBatchLoadersTests {

	private final OnDemandBatchLoaders loaders = new OnDemandBatchLoaders();

	OnDemandBatchLoadersTests() {
		this.loaders.forTypePair(String.class, Integer.class)
			.registerBatchLoader((keys, env) -> Flux.fromIterable(keys).map(String::length));
		this.loaders.<String, String>forName("upper")
			.registerMappedBatchLoader((keys, env) -> Mono.just(keys.stream()
				.collect(java.util.stream.Collectors.toMap(k -> k, k -> k.toUpperCase() + env.getContext()))));
	}

	@Test
	void aRequestCreatesOnlyTheLoadersItAsksFor() throws Exception {
		OnDemandBatchLoaders.Registry registry = new OnDemandBatchLoaders.Registry();
		GraphQLContext context = GraphQLContext.of(Map.of("request", 1));
		this.loaders.registerDataLoaders(registry, context);
		assertThat(registry.getKeys()).isEmpty();

		DataLoader<String, String> upper = registry.getDataLoader("upper");
		assertThat(registry.getKeys()).containsExactly("upper");
		assertThat(registry.<String, String>getDataLoader("upper")).isSameAs(upper);
		var answer = upper.load("ab");
		registry.dispatchAll();
		// the loader's context is the request's, as with Spring's registry
		assertThat(answer.get(5, TimeUnit.SECONDS)).startsWith("AB").contains("request");

		assertThat(registry.<String, Integer>getDataLoader(Integer.class.getName())).isNotNull();
		assertThat(registry.<Object, Object>getDataLoader("nobody")).isNull();
		assertThat(registry.getKeys()).containsExactlyInAnyOrder("upper", Integer.class.getName());
	}

	@Test
	void anyOtherRegistryGetsEveryLoaderAtOnce() {
		DataLoaderRegistry registry = new DataLoaderRegistry();
		this.loaders.registerDataLoaders(registry, GraphQLContext.getDefault());
		assertThat(registry.getKeys()).containsExactlyInAnyOrder("upper", Integer.class.getName());
	}

	@Test
	void twoLoadersOfOneNameAreRefused() {
		this.loaders.<String, String>forName("upper").registerBatchLoader((keys, env) -> Flux.fromIterable(keys));
		assertThatIllegalStateException()
			.isThrownBy(() -> this.loaders.registerDataLoaders(new OnDemandBatchLoaders.Registry(),
					GraphQLContext.getDefault()))
			.withMessageContaining("upper");
	}

}
