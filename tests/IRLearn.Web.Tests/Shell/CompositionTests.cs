using FluentValidation;
using IRLearn.Application.Common.Interfaces;

namespace IRLearn.Web.Tests.Shell;

/// <summary>The host's container, as the app builds it, holds what the use cases need.</summary>
public sealed class CompositionTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    public static TheoryData<Type> Validators() => new(
        typeof(IApplicationDbContext).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .OrderBy(t => t.FullName, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Validators))]
    public void EveryValidator_IsRegistered_ForItsRequest(Type validator)
    {
        var validated = validator.BaseType!.GetGenericArguments()[0];
        using var scope = factory.Services.CreateScope();

        var registered = scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(validated));

        Assert.Contains(registered, v => v!.GetType() == validator);
    }

    [Fact]
    public void TheApplication_HasValidators() => Assert.True(Validators().Count >= 27);
}
