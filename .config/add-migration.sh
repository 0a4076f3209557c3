#!/usr/bin/env bash
# Adds one migration, under the same name, to every provider's migrations project.
# Usage: .config/add-migration.sh <MigrationName>
set -euo pipefail
name="${1:?usage: .config/add-migration.sh <MigrationName>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  project="src/IRLearn.Migrations.$provider"
  echo "== $provider"
  dotnet ef migrations add "$name" \
    --project "$project" \
    --startup-project "$project" \
    --context ApplicationDbContext \
    --output-dir Migrations
done
