package org.policygraph.department;

/**
 * What sort of body a registered unit is; the gazette names all of them in the same
 * responsibility lists.
 */
public enum DepartmentKind {

	/** A constituent department (厅) of the provincial government: 省财政厅, 省民政厅. */
	PROVINCIAL_DEPARTMENT,

	/** A commission (委) of the provincial government: 省发展改革委, 省卫生计生委. */
	PROVINCIAL_COMMISSION,

	/**
	 * A bureau or administration (局) directly under the provincial government: 省统计局,
	 * 省地税局.
	 */
	PROVINCIAL_BUREAU,

	/**
	 * An office (办, 办公厅) of the provincial government or of one of its steering
	 * commissions: 省扶贫办, 省编办.
	 */
	PROVINCIAL_OFFICE,

	/**
	 * A provincial branch of a vertically managed central agency: 人民银行长春中心支行, 吉林银监局,
	 * 省国税局.
	 */
	CENTRAL_AGENCY_BRANCH,

	/** A people's organisation that the government tasks like a department: 省残联. */
	PEOPLES_ORGANIZATION,

	/**
	 * A company owned by the provincial government, named in personnel decisions:
	 * 吉林省旅游控股集团有限公司.
	 */
	STATE_OWNED_ENTERPRISE,

	/** An organ of the national level: 国务院, 中共中央, the ministries (财政部). */
	CENTRAL_ORGAN,

	/** A people's government itself: 河南省人民政府, 四平市人民政府. */
	GOVERNMENT,

	/** The general office of a government below the province: 四平市人民政府办公室. */
	LOCAL_OFFICE,

	/** A commission of a government below the province: 四平市发展改革委. */
	LOCAL_COMMISSION,

	/** A bureau of a government below the province: 四平市财政局, 梨树县教育局. */
	LOCAL_BUREAU

}
