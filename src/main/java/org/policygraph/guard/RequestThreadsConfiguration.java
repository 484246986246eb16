package org.policygraph.guard;

import org.apache.coyote.ProtocolHandler;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat runs each request on a virtual thread: a client that sends its body slowly parks
 * a virtual thread, not one of a fixed pool of 200 workers, so slow clients can't starve
 * the others (a probe's 256 trickling connections held every worker); the body deadline
 * cuts them, and {@code policygraph.api.max-concurrent} bounds the executions instead.
 *
 * <p>
 * Only Tomcat's: {@code spring.threads.virtual.enabled} would also move every controller
 * method onto a task executor, so a request's data fetchers would leave the request's
 * thread, its deadline and Cypher count (kept per thread) and its execution slot (held
 * while the request's thread runs).
 */
@Configuration(proxyBeanMethods = false)
class RequestThreadsConfiguration {

	@Bean
	TomcatProtocolHandlerCustomizer<ProtocolHandler> virtualRequestThreads() {
		return handler -> handler.setExecutor(new VirtualThreadExecutor("request-"));
	}

}
