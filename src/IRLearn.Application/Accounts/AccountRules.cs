using FluentValidation.Results;

namespace IRLearn.Application.Accounts;

/// <summary>What every way of creating or naming an account checks, and how Identity's refusals reach the caller.</summary>
internal static class AccountRules
{
    /// <summary>An account's e-mail address, as Identity stores it (at most 256 characters).</summary>
    public static IRuleBuilderOptions<T, string> AccountEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(256).EmailAddress();

    public static IRuleBuilderOptions<T, string> AccountDisplayName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(100).Must(IsPlainName).WithMessage("Display name may not contain < or >.");

    public static IRuleBuilderOptions<T, string> AccountPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(128);

    /// <summary>Creates the account in <paramref name="role"/> and returns its id; Identity's refusals (weak password,
    /// e-mail taken) become ordinary validation errors.</summary>
    public static async ValueTask<string> CreateAccountAsync(
        this IIdentityService identity, string email, string displayName, string password, string role, CancellationToken cancellationToken)
    {
        var outcome = await identity.CreateUserAsync(email.Trim(), displayName, password, role, cancellationToken);
        return outcome.Succeeded ? outcome.UserId! : throw Refused(outcome);
    }

    /// <summary>Names are shown on leaderboards and rosters; refusing markup keeps them inert everywhere.</summary>
    private static bool IsPlainName(string? name) => name is not null && name.IndexOfAny(['<', '>']) < 0;

    private static ValidationException Refused(IdentityOutcome outcome) =>
        new(outcome.Errors.Select(e => new ValidationFailure(e.Contains("password", StringComparison.OrdinalIgnoreCase) ? "Password" : "Email", e)));
}
