package org.policygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(PolicyGraphApplication.class, args);
	}
}
