package org.policygraph.map;

import java.util.List;

import org.policygraph.graphql.BadRequestException;
import org.policygraph.graphql.ClosestNames;
import org.policygraph.graphql.NotFoundException;
import org.policygraph.map.GraphView.Path;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class MapController {

	static final int MAX_PATH_LENGTH = 8;

	static final int MAX_PATHS = 20;

	static final int MAX_MAP_DEPTH = 3;

	static final int MAX_MAP_NODES = 400;

	private final MapRepository maps;

	MapController(MapRepository maps) {
		this.maps = maps;
	}

	@QueryMapping
	Object node(@Argument String id) {
		String label = NodeTypes.labelOf(id);
		return label == null ? null : maps.node(label, id);
	}

	@QueryMapping
	List<Path> connections(@Argument String from, @Argument String to, @Argument Integer maxLength,
			@Argument Integer first) {
		int length = maxLength == null ? 6 : maxLength;
		int paths = first == null ? 5 : first;
		if (length < 1 || length > MAX_PATH_LENGTH) {
			throw new BadRequestException("\"maxLength\" must be between 1 and " + MAX_PATH_LENGTH);
		}
		if (paths < 1 || paths > MAX_PATHS) {
			throw new BadRequestException("\"first\" must be between 1 and " + MAX_PATHS);
		}
		String fromId = idOf(from);
		String toId = idOf(to);
		if (fromId.equals(toId)) {
			throw new BadRequestException("\"from\" and \"to\" both name " + fromId + "; name two different entities");
		}
		return maps.shortestPaths(NodeTypes.labelOf(fromId), fromId, NodeTypes.labelOf(toId), toId, length, paths);
	}

	@QueryMapping
	GraphView responsibilityMap(@Argument String id, @Argument Integer depth) {
		int d = depth == null ? 1 : depth;
		if (d < 1 || d > MAX_MAP_DEPTH) {
			throw new BadRequestException("\"depth\" must be between 1 and " + MAX_MAP_DEPTH);
		}
		String nodeId = idOf(id);
		return maps.neighbourhood(NodeTypes.labelOf(nodeId), nodeId, d, MAX_MAP_NODES);
	}

	/** Accepts an id (Department:省财政厅) or a name (省财政厅, 杜延华, 法律援助). */
	private String idOf(String idOrName) {
		String value = idOrName.strip();
		if (NodeTypes.labelOf(value) != null) {
			return value;
		}
		String id = maps.idForName(value);
		if (id == null || NodeTypes.labelOf(id) == null) {
			throw new NotFoundException("entity", value, ClosestNames.closest(value, maps.nameCandidates(), 3));
		}
		return id;
	}
}
