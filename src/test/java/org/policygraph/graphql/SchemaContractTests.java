package org.policygraph.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.parser.Parser;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.language.AstPrinter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL contract that frontends and outside tests rely on (issue "GraphQL API", and
 * issue 14's additions: FundingShare.scope/condition, Task.assignments, TaskAssignment,
 * AssignmentRole, the Issue's identifiers, the kinds of official documents): every type,
 * field, argument and enum value named there must stay in the schema with the same type.
 * So must issue 13's additions (documents from anywhere). The schema may grow around it;
 * it may not change it.
 */
class SchemaContractTests {

	static final String CONTRACT = """
			interface Node { id: ID! }
			interface Organization { name: String! }
			type Query {
			  node(id: ID!): Node
			  document(number: String!): Document
			  serviceItem(no: Int!): ServiceItem
			  serviceItems(where: ServiceItemWhere, first: Int, after: String): ServiceItemConnection!
			  department(name: String!): Department
			  person(name: String!): Person
			  indicators(domain: String): [Indicator!]!
			  search(text: String!, first: Int): [SearchHit!]!
			}
			type Document implements Node { id: ID! number: String title: String! issuedOn: Date cites: [Document!]! citedBy: [Document!]! }
			type ServiceItem implements Node { id: ID! no: Int! name: String! domain: Domain! targetGroup: String! standard: String!
			  funding: Funding! leadDepartments: [Department!]! source: Source! }
			type Domain { name: String! englishName: String }
			type Funding { text: String! pattern: String! shares: [FundingShare!]! }
			type FundingShare { payer: Payer! role: FundingRole! scope: String condition: String }
			enum FundingRole { RESPONSIBLE SHARED SUBSIDY }
			enum Payer { CENTRAL PROVINCE CITY COUNTY EMPLOYER INDIVIDUAL SOCIAL_INSURANCE_FUND SOCIETY }
			type Department implements Node & Organization { id: ID! name: String! fullName: String englishName: String aliases: [String!]!
			  leads(first: Int, after: String): ServiceItemConnection! tasks: [Task!]! appointments: [Appointment!]! }
			type Task implements Node { id: ID! text: String! document: Document! units: [Department!]!
			  assignments: [TaskAssignment!]! }
			type TaskAssignment { unit: Organization! role: AssignmentRole! }
			enum AssignmentRole { LEAD RESPONSIBLE }
			type Issue implements Node { id: ID! publisher: String issn: String cn: String frequency: String
			  editorialOffice: String sponsor: String }
			enum DocumentKind { LAW RESOLUTION DECISION ORDER COMMUNIQUE ANNOUNCEMENT PUBLIC_NOTICE NOTICE OPINION CIRCULAR
			  REPORT REQUEST REPLY MOTION LETTER MINUTES }
			type Person implements Node { id: ID! name: String! appointments: [Appointment!]! }
			type Appointment { person: Person! action: AppointmentAction! post: String! organization: Organization! decision: Document! date: Date }
			enum AppointmentAction { APPOINT REMOVE DESIGNATE }
			type Indicator { name: String! domain: String unit: String baseline: String target: String cumulative: String }
			type Source { document: Document! lines: [Int!]! text: String! }
			type SearchHit { score: Float! node: Node! snippet: String }
			type ServiceItemConnection { edges: [ServiceItemEdge!]! pageInfo: PageInfo! totalCount: Int! }
			"""
			+ """
					type Query { documents(where: DocumentWhere, first: Int, after: String): DocumentConnection! }
					type Document implements Node { implements: [Document!]! implementedBy: [Document!]! indexNumber: String
					  publishedOn: Date topics: [String!]! validity: String }
					input DocumentWhere { jurisdiction: String issuer: String kind: DocumentKind issuedFrom: Date issuedTo: Date
					  cites: String text: String }
					type Source { page: Int file: String! }
					"""
			+ Jurisdictions.CONTRACT + Successions.CONTRACT;

	/** Issue "Jurisdictions: every organisation and document belongs to a place". */
	static final class Jurisdictions {

		static final String CONTRACT = """
				type Jurisdiction implements Node {
				  id: ID! code: String! name: String! shortNames: [String!]! level: JurisdictionLevel!
				  parent: Jurisdiction children: [Jurisdiction!]! departments: [Department!]!
				  documents(first: Int, after: String): DocumentConnection!
				}
				enum JurisdictionLevel { NATIONAL PROVINCE PREFECTURE COUNTY }
				type Query {
				  jurisdiction(name: String!): Jurisdiction
				  jurisdictions(level: JurisdictionLevel, parent: String): [Jurisdiction!]!
				  department(name: String!, jurisdiction: String): Department
				}
				type Department { jurisdiction: Jurisdiction! verified: Boolean! }
				type Company { jurisdiction: Jurisdiction }
				type Document { jurisdiction: Jurisdiction }
				""";

	}

	/**
	 * Issue "Organisations over time: the 2018 institutional reform, and who is
	 * responsible today".
	 */
	static final class Successions {

		static final String CONTRACT = """
				type Department implements Node & Organization { foundedOn: Date dissolvedOn: Date
				  successors: [Succession!]! predecessors: [Succession!]! current: [Department!]! }
				type Company { foundedOn: Date dissolvedOn: Date
				  successors: [Succession!]! predecessors: [Succession!]! current: [Department!]! }
				type Succession { from: Department! to: Department! kind: SuccessionKind! on: Date source: String! }
				enum SuccessionKind { RENAMED MERGED_INTO SPLIT_INTO FUNCTIONS_TRANSFERRED }
				type ServiceItem implements Node { currentLeads: [Department!]! }
				type Task implements Node { currentLeads: [Department!]! }
				""";

	}

	@Test
	void everyNameOfTheContractIsInTheSchemaWithItsType() throws IOException {
		TypeDefinitionRegistry schema = new SchemaParser()
			.parse(Files.readString(Path.of("src/main/resources/graphql/schema.graphqls"), StandardCharsets.UTF_8));
		var contract = Parser.parse(CONTRACT);
		for (var definition : contract.getDefinitions()) {
			TypeDefinition<?> expected = (TypeDefinition<?>) definition;
			TypeDefinition<?> actual = schema.getTypeOrNull(expected.getName());
			assertThat(actual).as("type " + expected.getName()).isNotNull();
			if (expected instanceof ObjectTypeDefinition object) {
				ObjectTypeDefinition ours = (ObjectTypeDefinition) actual;
				assertThat(ours.getImplements().stream().map(AstPrinter::printAst))
					.as("interfaces of " + object.getName())
					.containsAll(object.getImplements().stream().map(AstPrinter::printAst).toList());
				object.getFieldDefinitions()
					.forEach(field -> assertField(object.getName(), field,
							ours.getFieldDefinitions()
								.stream()
								.filter(f -> f.getName().equals(field.getName()))
								.findFirst()
								.orElse(null)));
			}
			else if (expected instanceof InterfaceTypeDefinition iface) {
				InterfaceTypeDefinition ours = (InterfaceTypeDefinition) actual;
				iface.getFieldDefinitions()
					.forEach(field -> assertField(iface.getName(), field,
							ours.getFieldDefinitions()
								.stream()
								.filter(f -> f.getName().equals(field.getName()))
								.findFirst()
								.orElse(null)));
			}
			else if (expected instanceof InputObjectTypeDefinition input) {
				InputObjectTypeDefinition ours = (InputObjectTypeDefinition) actual;
				for (InputValueDefinition field : input.getInputValueDefinitions()) {
					InputValueDefinition match = ours.getInputValueDefinitions()
						.stream()
						.filter(f -> f.getName().equals(field.getName()))
						.findFirst()
						.orElse(null);
					assertThat(match).as(input.getName() + "." + field.getName()).isNotNull();
					assertThat(AstPrinter.printAst(match.getType()))
						.as("type of " + input.getName() + "." + field.getName())
						.isEqualTo(AstPrinter.printAst(field.getType()));
				}
			}
			else if (expected instanceof EnumTypeDefinition enumType) {
				assertThat(((EnumTypeDefinition) actual).getEnumValueDefinitions()
					.stream()
					.map(EnumValueDefinition::getName)).as("values of " + enumType.getName())
					.containsAll(
							enumType.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList());
			}
		}
	}

	private static void assertField(String type, FieldDefinition expected, FieldDefinition actual) {
		String where = type + "." + expected.getName();
		assertThat(actual).as(where).isNotNull();
		assertThat(AstPrinter.printAst(actual.getType())).as("type of " + where)
			.isEqualTo(AstPrinter.printAst(expected.getType()));
		for (InputValueDefinition argument : expected.getInputValueDefinitions()) {
			InputValueDefinition ours = actual.getInputValueDefinitions()
				.stream()
				.filter(a -> a.getName().equals(argument.getName()))
				.findFirst()
				.orElse(null);
			assertThat(ours).as("argument " + argument.getName() + " of " + where).isNotNull();
			assertThat(AstPrinter.printAst(ours.getType()))
				.as("type of argument " + argument.getName() + " of " + where)
				.isEqualTo(AstPrinter.printAst(argument.getType()));
		}
		// Arguments the schema adds must be optional, or old queries would break.
		actual.getInputValueDefinitions()
			.stream()
			.filter(a -> expected.getInputValueDefinitions().stream().noneMatch(e -> e.getName().equals(a.getName())))
			.forEach(added -> assertThat(AstPrinter.printAst(added.getType()))
				.as("added argument " + added.getName() + " of " + where)
				.doesNotEndWith("!"));
	}

}
