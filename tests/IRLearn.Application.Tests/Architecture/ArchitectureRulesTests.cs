using System.Reflection;
using System.Runtime.CompilerServices;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Lessons.Commands.SetLessonPublished;
using Mediator;

namespace IRLearn.Application.Tests.Architecture;

/// <summary>
/// Rules of the codebase that a reviewer would otherwise have to remember (issue 15): queries never
/// write, and ownership checks live in one place (Application/Common/Access), not in per-feature helpers.
/// </summary>
public sealed class ArchitectureRulesTests
{
    private static readonly Assembly Application = typeof(IApplicationDbContext).Assembly;

    public static TheoryData<Type> QueryHandlers() => new(HandlerTypes(typeof(IQueryHandler<,>)));

    [Theory]
    [MemberData(nameof(QueryHandlers))]
    public void NoQueryHandler_SavesChanges(Type handler)
    {
        Assert.Contains(".Queries.", handler.Namespace, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(IApplicationDbContext.SaveChangesAsync), CalledMethodNames(handler));
    }

    [Fact]
    public void TheScan_SeesACommandHandlerSave()
    {
        // The same scan must find the save a command makes, or the rule above would pass vacuously.
        Assert.Contains(nameof(IApplicationDbContext.SaveChangesAsync), CalledMethodNames(typeof(SetLessonPublishedCommandHandler)));
        Assert.NotEmpty(QueryHandlers());
    }

    [Fact]
    public void EveryCommandAndQuery_HasExactlyOneHandler()
    {
        // The generator's "message without a handler" warning is off (domain events may have none), so this stands in for it.
        Type[] requestInterfaces = [typeof(ICommand), typeof(ICommand<>), typeof(IQuery<>)];
        Type[] handlerInterfaces = [typeof(ICommandHandler<>), typeof(ICommandHandler<,>), typeof(IQueryHandler<,>)];
        var requests = Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .Where(t => t.GetInterfaces().Any(i => requestInterfaces.Contains(i.IsGenericType ? i.GetGenericTypeDefinition() : i)))
            .ToList();
        // A handler of a command without a result is also a handler of it with Unit: count each handler class once.
        var handled = Application.GetTypes()
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && handlerInterfaces.Contains(i.GetGenericTypeDefinition()))
                .Select(i => i.GetGenericArguments()[0])
                .Distinct())
            .ToList();

        Assert.NotEmpty(requests);
        Assert.All(requests, request => Assert.Single(handled, h => h == request));
    }

    [Fact]
    public void NoPerFeatureAccessHelpers_Remain()
    {
        var source = Path.Combine(RepositoryRoot(), "src");
        var helpers = Directory.EnumerateFiles(source, "*Access.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(source, f))
            .ToList();
        Assert.Empty(helpers);
        Assert.DoesNotContain(Application.GetTypes(), t => t.Name.EndsWith("Access", StringComparison.Ordinal) && t.Namespace != "IRLearn.Application.Common.Access");
    }

    private static IEnumerable<Type> HandlerTypes(Type openInterface) =>
        Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>Names of the methods a handler calls, following calls into the Application assembly (helpers, async state machines, lambdas).</summary>
    private static HashSet<string> CalledMethodNames(Type handler)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<MethodBase>();
        var pending = new Stack<MethodBase>(handler.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        foreach (var nested in handler.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public))
        {
            foreach (var method in nested.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                pending.Push(method);
            }
        }

        while (pending.Count > 0)
        {
            var method = pending.Pop();
            if (!seen.Add(method))
            {
                continue;
            }

            if (method.GetCustomAttribute<AsyncStateMachineAttribute>() is { } machine)
            {
                pending.Push(machine.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!);
            }

            foreach (var called in Calls(method))
            {
                names.Add(called.Name);
                if (called.Module.Assembly == Application && called.DeclaringType?.Namespace?.StartsWith("IRLearn.Application", StringComparison.Ordinal) == true)
                {
                    pending.Push(called);
                }
            }
        }

        return names;
    }

    private static IEnumerable<MethodBase> Calls(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        for (var i = 0; i + 4 < il.Length; i++)
        {
            // call (0x28), callvirt (0x6F), newobj (0x73), ldftn (0xFE 0x06): the operand is a method token.
            var isCall = il[i] is 0x28 or 0x6F or 0x73 || (il[i] == 0x06 && i > 0 && il[i - 1] == 0xFE);
            if (!isCall)
            {
                continue;
            }

            var token = BitConverter.ToInt32(il, i + 1);
            if ((token >> 24) is not (0x06 or 0x0A or 0x2B))
            {
                continue;
            }

            MethodBase? called = null;
            try
            {
                called = method.Module.ResolveMethod(token, method.DeclaringType?.GetGenericArguments(), method.IsGenericMethod ? method.GetGenericArguments() : null);
            }
            catch (ArgumentException)
            {
                // Not a method token after all (the byte was part of another operand).
            }

            if (called is not null)
            {
                yield return called;
            }
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IRLearn.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("IRLearn.sln was not found above " + AppContext.BaseDirectory);
    }
}
