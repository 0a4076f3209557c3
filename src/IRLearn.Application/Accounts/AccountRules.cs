using FluentValidation;
using FluentValidation.Results;
using IRLearn.Application.Common.Interfaces;

namespace IRLearn.Application.Accounts;

internal static class AccountRules
{
    /// <summary>Names are shown on leaderboards and rosters; refusing markup keeps them inert everywhere.</summary>
    public static bool IsPlainName(string? name) => name is not null && name.IndexOfAny(['<', '>']) < 0;

    /// <summary>Identity's refusals (weak password, e-mail taken) become ordinary validation errors.</summary>
    public static ValidationException Refused(IdentityOutcome outcome) =>
        new(outcome.Errors.Select(e => new ValidationFailure(e.Contains("password", StringComparison.OrdinalIgnoreCase) ? "Password" : "Email", e)));
}
