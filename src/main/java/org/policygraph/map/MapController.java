package org.policygraph.map;

import java.util.List;

import org.policygraph.graphql.BadRequestException;
import org.policygraph.map.GraphView.Path;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class MapController {

	static final int MAX_PATH_LENGTH = 8;

	static final int MAX_PATHS = 20;

	private final MapRepository maps;

	private final ResponsibilityMaps responsibilityMaps;

	MapController(MapRepository maps, ResponsibilityMaps responsibilityMaps) {
		this.maps = maps;
		this.responsibilityMaps = responsibilityMaps;
	}

	@QueryMapping
	Object node(@Argument String id) {
		String label = NodeTypes.labelOf(id);
		return label == null ? null : maps.node(label, id);
	}

	@QueryMapping
	List<Path> connections(@Argument String from, @Argument String to, @Argument Integer maxLength,
			@Argument Integer first, @Argument Boolean throughHubs) {
		int length = maxLength == null ? 6 : maxLength;
		int paths = first == null ? 5 : first;
		if (length < 1 || length > MAX_PATH_LENGTH) {
			throw new BadRequestException("\"maxLength\" must be between 1 and " + MAX_PATH_LENGTH);
		}
		if (paths < 1 || paths > MAX_PATHS) {
			throw new BadRequestException("\"first\" must be between 1 and " + MAX_PATHS);
		}
		String fromId = responsibilityMaps.idOf(from);
		String toId = responsibilityMaps.idOf(to);
		if (fromId.equals(toId)) {
			throw new BadRequestException("\"from\" and \"to\" both name " + fromId + "; name two different entities");
		}
		return maps.shortestPaths(NodeTypes.labelOf(fromId), fromId, NodeTypes.labelOf(toId), toId, length,
				throughHubs == null || throughHubs, paths);
	}

	@QueryMapping
	GraphView responsibilityMap(@Argument String id, @Argument Integer depth) {
		return responsibilityMaps.around(id, depth);
	}

}
