namespace IRLearn.Domain.QuestionBank;

/// <summary>
/// Where the engine placed a generated question: in the default bank it proposes, or among the lower-confidence
/// "more candidates" an instructor may pull in. Approving a more candidate pulls it into the bank. Questions written
/// by hand or imported from a file are always in the bank.
/// </summary>
public enum QuestionTier
{
    Bank = 0,
    MoreCandidate = 1,
}
