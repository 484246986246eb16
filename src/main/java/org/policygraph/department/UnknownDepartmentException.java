package org.policygraph.department;

/**
 * A department mention that the registry does not know. An ingest error, never a new
 * node.
 */
public class UnknownDepartmentException extends RuntimeException {

	private final String mention;

	public UnknownDepartmentException(String mention) {
		super("unknown department \"" + mention + "\"");
		this.mention = mention;
	}

	public String mention() {
		return mention;
	}

}
