using System.Collections.Concurrent;
using System.Reflection;
using Mediator;
using Xunit.v3;

namespace IRLearn.Application.FunctionalTests.Infrastructure;

/// <summary>
/// Which use-case handlers the functional tests reach. <see cref="ReachRecorder{TMessage, TResponse}"/>, the innermost
/// pipeline behaviour of every <see cref="TestApp"/>, notes each request that got past authorization and validation to
/// its handler; <see cref="EveryHandlerReachedAttribute"/> compares that with every handler in IRLearn.Application once
/// every test of this assembly has run.
/// </summary>
public static class ReachedHandlers
{
    private static readonly ConcurrentDictionary<Type, byte> Reached = new();

    /// <summary>Every command and query that IRLearn.Application handles, found by reflection over its handler types.</summary>
    public static IReadOnlySet<Type> Handled { get; } = typeof(IApplicationDbContext).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false })
        .SelectMany(t => t.GetInterfaces())
        .Where(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)))
        .Select(i => i.GetGenericArguments()[0])
        .ToHashSet();

    public static void Record(Type request) => Reached.TryAdd(request, 0);

    /// <summary>The handled requests no test has sent to their handler (so far), by name.</summary>
    public static IReadOnlyList<string> Missing() =>
        Handled.Where(t => !Reached.ContainsKey(t)).Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();
}

/// <summary>Records the request as reaching its handler: registered last, so it runs after the refusing behaviours.</summary>
public sealed class ReachRecorder<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ReachedHandlers.Record(typeof(TMessage));
        return next(message, cancellationToken);
    }
}

/// <summary>
/// The gate: after each test it counts the test methods of this assembly that have finished; when the last one does
/// (a whole run, not a filtered one), it fails that test if any handler was never reached, naming them. A filtered run
/// never finishes every method, so it is not judged on handlers it did not try to reach.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class EveryHandlerReachedAttribute : BeforeAfterTestAttribute
{
    private static readonly HashSet<MethodInfo> AllTests = typeof(EveryHandlerReachedAttribute).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(m => m.GetCustomAttribute<FactAttribute>() is { Skip: null })
        .ToHashSet();

    private static readonly ConcurrentDictionary<MethodInfo, byte> Finished = new();
    private static int _judged;

    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        Finished.TryAdd(methodUnderTest, 0);
        if (!AllTests.All(Finished.ContainsKey) || Interlocked.Exchange(ref _judged, 1) == 1)
        {
            return;
        }

        var missing = ReachedHandlers.Missing();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"{missing.Count} of {ReachedHandlers.Handled.Count} Application handlers are reached by no functional test; add a test that sends: {string.Join(", ", missing)}");
        }
    }
}
