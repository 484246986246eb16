package org.policygraph.map;

import org.policygraph.graphql.BadRequestException;
import org.policygraph.graphql.ClosestNames;
import org.policygraph.graphql.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Responsibility maps by id or name, with the API's limits; shared by the GraphQL field
 * and the exports so a map downloads exactly as the API draws it.
 */
@Component
public final class ResponsibilityMaps {

	static final int MAX_MAP_DEPTH = 3;

	static final int MAX_MAP_NODES = 400;

	private final MapRepository maps;

	ResponsibilityMaps(MapRepository maps) {
		this.maps = maps;
	}

	/**
	 * @param depth 1 when null
	 */
	public GraphView around(String idOrName, Integer depth) {
		int d = depth == null ? 1 : depth;
		if (d < 1 || d > MAX_MAP_DEPTH) {
			throw new BadRequestException("\"depth\" must be between 1 and " + MAX_MAP_DEPTH);
		}
		String nodeId = idOf(idOrName);
		return maps.neighbourhood(NodeTypes.labelOf(nodeId), nodeId, d, MAX_MAP_NODES);
	}

	/**
	 * Accepts an id (Department:吉林省财政厅, or the former Department:省财政厅) or a name (省财政厅,
	 * 杜延华, 法律援助) that one entity answers to; a name several answer to is refused with
	 * their ids, never picked.
	 */
	String idOf(String idOrName) {
		String value = idOrName.strip();
		if (NodeTypes.labelOf(value) != null) {
			return maps.currentId(value);
		}
		MapRepository.Named named = maps.named(value);
		if (named.count() > 1) {
			throw new BadRequestException("\"" + value + "\" names " + named.count() + " entities: "
					+ String.join(", ", named.ids()) + (named.count() > named.ids().size() ? ", …" : "")
					+ "; give one by its id, e.g. \"" + named.ids().getFirst() + "\"");
		}
		String id = named.ids().isEmpty() ? null : named.ids().getFirst();
		if (id == null || NodeTypes.labelOf(id) == null) {
			throw new NotFoundException("entity", value, ClosestNames.closest(value, maps.nameCandidates(), 3));
		}
		return id;
	}

}
