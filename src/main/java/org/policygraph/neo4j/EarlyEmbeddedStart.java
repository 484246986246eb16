package org.policygraph.neo4j;

import java.util.concurrent.CompletableFuture;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded database on its own thread as soon as the configuration is known,
 * so its several seconds of startup overlap with the rest of the application context
 * instead of adding to them. The configuration picks the started database up; without
 * this listener it starts the database itself.
 */
public final class EarlyEmbeddedStart implements ApplicationListener<SpringApplicationEvent> {

	static final String BEAN_NAME = "earlyEmbeddedNeo4j";

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationPreparedEvent prepared) {
			start(prepared);
		}
		else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null
				&& failed.getApplicationContext().getBeanFactory().containsSingleton(BEAN_NAME)) {
			// The context failed before it took the database over: stop it, or its
			// threads keep the JVM alive.
			Early early = (Early) failed.getApplicationContext().getBeanFactory().getSingleton(BEAN_NAME);
			early.started().thenAccept(EmbeddedNeo4j::close);
		}
	}

	private static void start(ApplicationPreparedEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		if (!NoExternalNeo4jCondition.noExternalUri(environment)
				|| event.getApplicationContext().getBeanFactory().containsSingleton(BEAN_NAME)) {
			return;
		}
		EmbeddedNeo4jProperties properties = Binder.get(environment)
			.bindOrCreate("policygraph.embedded", EmbeddedNeo4jProperties.class);
		CompletableFuture<EmbeddedNeo4j> started = CompletableFuture.supplyAsync(() -> EmbeddedNeo4j.start(properties),
				runnable -> Thread.ofPlatform().name("embedded-neo4j-start").start(runnable));
		event.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, new Early(started));
	}

	/** The database being started; the configuration waits for it. */
	record Early(CompletableFuture<EmbeddedNeo4j> started) {
	}

}
