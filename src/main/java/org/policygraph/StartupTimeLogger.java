package org.policygraph;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * States how long it took from process start until the API is ready, the figure operators
 * watch.
 */
@Component
class StartupTimeLogger {

	private static final Logger log = LoggerFactory.getLogger(StartupTimeLogger.class);

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		log.info("policy-graph ready in {} ms (process start to ready)", sinceStart);
	}

}
