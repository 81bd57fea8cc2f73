# The ingest worker: builds src/Ingest and runs it (run --inbox /inbox --neo4j) against the compose network's Neo4j.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Ingest/Ingest.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
USER app
ENTRYPOINT ["dotnet", "Graph.Ingest.dll"]
CMD ["run", "--inbox", "/inbox", "--neo4j"]
