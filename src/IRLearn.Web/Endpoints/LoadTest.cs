using System.Diagnostics;
using IRLearn.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Web.Endpoints;

/// <summary>
/// Floors and counters for the load harness (<c>tools/load/</c>): a bare JSON answer, a one-row EF write
/// in a transaction, and the process's CPU and allocation counters. A save is judged as a ratio to these
/// floors measured in the same run, so the figures mean the same on any machine. Mapped only when
/// <c>LoadTest:MeasurementEndpoints</c> is true (off by default) and never in Production, where the
/// host refuses to start with it on.
/// </summary>
public static class LoadTest
{
    public const string Setting = "LoadTest:MeasurementEndpoints";

    /// <summary>Whether to map the endpoints; throws when someone turned them on in Production.</summary>
    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!configuration.GetValue<bool>(Setting))
        {
            return false;
        }

        return environment.IsProduction()
            ? throw new InvalidOperationException($"{Setting} is for load tests only and is refused in Production.")
            : true;
    }

    public static void MapLoadTest(this IEndpointRouteBuilder v1, IEndpointRouteBuilder secured)
    {
        var open = v1.MapGroup("/load").WithTags("Load test").ExcludeFromDescription();
        open.MapGet("/bare", Bare);
        open.MapGet("/runtime", Runtime);

        // Behind the same bearer authentication as a save, so the two differ only in what the handler does.
        var signedIn = secured.MapGroup("/load").WithTags("Load test").ExcludeFromDescription();
        signedIn.MapPost("/write", WriteOneRow);
    }

    public sealed record BareDto(string Status, int Value);

    public sealed record RuntimeDto(long AllocatedBytes, int Gen0, int Gen1, int Gen2, double CpuMilliseconds, long WorkingSetBytes);

    public sealed record WrittenDto(int Rows);

    public static Ok<BareDto> Bare() => TypedResults.Ok(new BareDto("ok", 1));

    public static Ok<RuntimeDto> Runtime()
    {
        using var process = Process.GetCurrentProcess();
        return TypedResults.Ok(new RuntimeDto(
            GC.GetTotalAllocatedBytes(precise: false),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            process.TotalProcessorTime.TotalMilliseconds,
            process.WorkingSet64));
    }

    /// <summary>One UPDATE of one row (the caller's own user row) inside a committed transaction.</summary>
    public static async Task<Ok<WrittenDto>> WriteOneRow(ApplicationDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new WrittenDto(rows));
    }
}
