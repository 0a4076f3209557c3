using System.Reflection;
using IRLearn.Infrastructure.Persistence;

namespace IRLearn.Testing;

/// <summary>
/// The database this test assembly runs on. A test project compiles the same tests for another provider by naming
/// it in its project file, <c>&lt;AssemblyMetadata Include="IRLearn.TestDatabase" Value="PostgreSql" /&gt;</c>;
/// without that, SQLite (ADR 16).
/// </summary>
public static class TestProvider
{
    public static DatabaseProvider Current { get; } = Enum.Parse<DatabaseProvider>(
        typeof(TestProvider).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "IRLearn.TestDatabase")?.Value ?? nameof(DatabaseProvider.Sqlite));
}
