// The benchmark's peer: the Neo4j GraphQL Library (@neo4j/graphql) over the same database as policy-graph,
// served by graphql-yoga on /graphql. Each response carries extensions.cypherQueries, the Cypher queries the
// request cost, counted the way policy-graph counts its own: one per transaction the library opens.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4000 node server.js        (no auth: the benchmark's database has none)
//   node server.js --print-schema                                      (the generated API, without a database)

import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import { printSchema } from "graphql";
import neo4j from "neo4j-driver";

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PORT ?? 4000);

const driver = neo4j.driver(uri, neo4j.auth.none(), { maxConnectionPoolSize: 64 });
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

if (process.argv.includes("--print-schema")) {
  console.log(printSchema(schema));
  await driver.close();
  process.exit(0);
}

/** The driver as the library sees it in one request: every session it opens runs exactly one query. */
function countingDriver(counter) {
  return {
    get executeQueryBookmarkManager() {
      return driver.executeQueryBookmarkManager;
    },
    session(config) {
      counter.queries++;
      return driver.session(config);
    },
  };
}

const countCypherQueries = {
  onExecute({ args }) {
    return {
      onExecuteDone({ result, setResult }) {
        const counter = args.contextValue.counter;
        if (counter && result && !(Symbol.asyncIterator in result)) {
          setResult({ ...result, extensions: { ...result.extensions, cypherQueries: counter.queries } });
        }
      },
    };
  },
};

const yoga = createYoga({
  schema,
  graphqlEndpoint: "/graphql",
  graphiql: false,
  landingPage: false,
  logging: "warn",
  plugins: [countCypherQueries],
  context: () => {
    const counter = { queries: 0 };
    return { counter, executionContext: countingDriver(counter) };
  },
});

await driver.verifyConnectivity();
createServer(yoga).listen(port, "127.0.0.1", () => {
  // the harness waits for this line
  console.log(`peer ready on http://127.0.0.1:${port}/graphql (Neo4j at ${uri})`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await driver.close();
    process.exit(0);
  });
}
