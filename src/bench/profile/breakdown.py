"""Splits a flight recording's CPU samples of the policy-graph server by the stage of a request.

Usage (see src/bench/PROFILE.md):
  jfr print --json --stack-depth 512 --events jdk.ExecutionSample rec.jfr > samples.json
  python3 src/bench/profile/breakdown.py samples.json [REQUESTS]
With REQUESTS, the number of requests answered while recording (PointLookupLoop prints it), each stage
is also given in samples per 1,000 requests: comparable across recordings when the load around differs.

A sample of a request thread counts for every stage whose frame is on its stack (inclusive), so the
stages nest; the samples of the embedded database's threads and the driver's I/O are counted apart.
The server must run with -XX:FlightRecorderOptions:stackdepth=512, or deep stacks lose their roots.
"""
import json,collections,sys,re
# inclusive shares of request-thread samples for the stages of a request
STAGES=[
 ("whole request (Tomcat worker)", r"org\.apache\.coyote\.http11\.Http11Processor\.service"),
 ("filters before the handler (observation, guard, encoding) incl. what they call", r"org\.springframework\.web\.filter\.ServerHttpObservationFilter\.doFilterInternal"),
 ("RequestLimitsFilter: read and check the body (JSON parsed once here)", r"org\.policygraph\.guard\.RequestLimitsFilter\.(readBody|admit)"),
 ("Spring for GraphQL handler", r"org\.springframework\.graphql\.server\.webmvc\.AbstractGraphQlHttpHandler\.handleRequest|org\.policygraph\.graphql\.GraphQlStatusHandler\.handleRequest"),
 ("  read the JSON body again (Spring's decoder)", r"org\.springframework\.http\.converter\.AbstractJacksonHttpMessageConverter\.read"),
 ("  DataLoader registration per request", r"org\.springframework\.graphql\.execution\.DefaultBatchLoaderRegistry\.registerDataLoaders|org\.policygraph\.graphql\.OnDemandBatchLoaders\.registerDataLoaders"),
 ("  DataLoaders copied for their observation", r"org\.springframework\.graphql\.observation\.GraphQlObservationInstrumentation\.instrumentExecutionInput"),
 ("  a repeat, without the engine (RepeatedRequests)", r"org\.policygraph\.compile\.RepeatedRequests\.answer"),
 ("  graphql-java execute", r"graphql\.GraphQL\.executeAsync"),
 ("    parse + validate (DocumentAdmission, cached by text)", r"org\.policygraph\.guard\.DocumentAdmission\.getDocumentAsync"),
 ("    graphql-java parser", r"graphql\.parser\.Parser\."),
 ("    graphql-java validator", r"graphql\.validation\.Validator\."),
 ("    cost (normalized operation + QueryCost)", r"org\.policygraph\.guard\.ExecutionGuard\.beginExecuteOperation"),
 ("    normalized operation (a resolver's look-ahead)", r"graphql\.normalized\.ExecutableNormalizedOperationFactory\.createExecutableNormalizedOperation"),
 ("    document number normalised", r"org\.policygraph\.document\.DocumentNumbers\.normalise"),
 ("    data fetchers (controllers, repositories)", r"org\.springframework\.graphql\.execution\.ContextDataFetcherDecorator\.get"),
 ("      Cypher through the driver (request thread; a repeat's too)", r"org\.policygraph\.neo4j\.Neo4jReads\.list"),
 ("    nested fields completed by the engine, field by field", r"graphql\.execution\.ExecutionStrategy\.completeValueForObject"),
 ("    compiled answers completed in one step (CompiledCompletion)", r"org\.policygraph\.compile\.CompiledCompletion\.(complete|walk)"),
 ("  write the JSON answer", r"org\.springframework\.web\.servlet\.function\.(CompletedAsyncServerResponse|AbstractServerResponse)\.writeTo"),
 ("observations (Micrometer start/stop)", r"io\.micrometer\.observation\.SimpleObservation\.(start|stop)"),
]
e=json.load(open(sys.argv[1]))['recording']['events']
n=0; inc=collections.Counter(); threads=collections.Counter()
for x in e:
    v=x['values']; t=v['sampledThread']['javaName'] or v['sampledThread']['osName'] or ''
    if not t.startswith('request'):
        threads['database (Bolt workers, embedded)' if 'Bolt' in t else 'driver I/O' if 'DriverIO' in t else 'other threads']+=1
        continue
    n+=1
    names=[f['method']['type']['name'].replace('/','.')+'.'+f['method']['name'] for f in v['stackTrace']['frames']]
    for label,p in STAGES:
        if any(re.match(p,s) for s in names): inc[label]+=1
total=n+sum(threads.values())
print(f"{total} samples in all, {n} in request threads ({100*n/total:.0f}%)")
for k,c in threads.most_common(): print(f"  {k}: {c} ({100*c/total:.0f}% of all)")
print()
requests=int(sys.argv[2]) if len(sys.argv)>2 else None
if requests:
    print(f"request threads: {1000*n/requests:.1f} samples per 1,000 requests, database threads: "
          f"{1000*threads['database (Bolt workers, embedded)']/requests:.1f}")
    print()
print("| stage (inclusive) | share of request-thread CPU |"+(" per 1,000 requests |" if requests else ""))
print("| --- | ---: |"+(" ---: |" if requests else ""))
for label,_ in STAGES:
    print(f"| {label} | {100*inc[label]/n:.1f}% |"+(f" {1000*inc[label]/requests:.1f} |" if requests else ""))
