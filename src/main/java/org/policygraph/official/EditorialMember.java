package org.policygraph.official;

import java.util.List;

/** A seat on an issue's editorial board. */
public record EditorialMember(Person person, List<String> roles) {
}
