package org.policygraph.department;

import java.util.List;

/** Resolves department mentions in gazette text to canonical department names (省财政厅). */
public interface UnitResolver {

	/**
	 * Resolves one mention ("财政厅", "省住建厅", "中国人民银行长春中心支行") to its canonical name.
	 * @throws UnknownDepartmentException when the mention names no registered department
	 */
	String resolve(String mention);

	/**
	 * Resolves a list of units as printed in a responsibility column or annotation, in
	 * printed order, e.g. "省发展改革委、财政厅牵头，其他有关部门按职责分工负责" gives [省发展改革委, 省财政厅] and
	 * "省卫生计生委、食品药品监管局、中医药管理局分别牵头，..." gives the three departments. Generic phrases
	 * (其他有关部门按职责分工负责, 地方各级政府) are not departments and are skipped.
	 * @throws UnknownDepartmentException when any mention names no registered department
	 */
	List<String> resolveUnits(String text);

}
