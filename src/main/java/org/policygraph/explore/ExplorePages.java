package org.policygraph.explore;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Short addresses for the pages in static/explore/, which load only this application's own assets. */
@Configuration(proxyBeanMethods = false)
class ExplorePages implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/explore/graphiql.html");
		registry.addViewController("/map").setViewName("forward:/explore/map.html");
	}
}
