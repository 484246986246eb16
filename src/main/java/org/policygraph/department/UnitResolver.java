package org.policygraph.department;

import java.util.Optional;

/** Resolves department mentions in gazette text to canonical department names (省财政厅). */
public interface UnitResolver {

	/**
	 * Resolves one mention ("财政厅", "省住建厅", "中国人民银行长春中心支行") to its canonical name.
	 * @throws UnknownDepartmentException when the mention names no registered department
	 */
	String resolve(String mention);

	/**
	 * The canonical name when a registry knows the mention; never invents an
	 * organisation, so a parser can try candidate readings.
	 */
	default Optional<String> known(String mention) {
		try {
			return Optional.of(resolve(mention));
		}
		catch (UnknownDepartmentException ex) {
			return Optional.empty();
		}
	}

}
