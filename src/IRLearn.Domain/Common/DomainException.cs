namespace IRLearn.Domain.Common;

/// <summary>
/// A business rule was broken. <see cref="Code"/> is stable (for example
/// <c>attempt.deadline_passed</c>) so clients and tests can rely on it; the message is for people.
/// The web layer maps this to a 400/409 ProblemDetails, so it never becomes a 500.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    // The standard constructors exist for tooling; domain code always passes a code.
    public DomainException()
        : this("domain.rule_broken", "A domain rule was broken.")
    {
    }

    public DomainException(string message)
        : this("domain.rule_broken", message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "domain.rule_broken";
    }

    public string Code { get; }
}
