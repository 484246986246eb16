package org.policygraph.explore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Short addresses for the pages in static/explore/, which load only this application's
 * own assets.
 */
@Configuration(proxyBeanMethods = false)
class ExplorePages implements WebMvcConfigurer {

	private final boolean introspection;

	/**
	 * GraphiQL is useless without introspection, so a deployment that answers none gets
	 * no GraphiQL either.
	 */
	ExplorePages(@Value("${policygraph.api.introspection:true}") boolean introspection) {
		this.introspection = introspection;
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		if (introspection) {
			registry.addViewController("/graphiql").setViewName("forward:/explore/graphiql.html");
		}
		registry.addViewController("/map").setViewName("forward:/explore/map.html");
	}

}
