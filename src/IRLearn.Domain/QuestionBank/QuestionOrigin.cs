namespace IRLearn.Domain.QuestionBank;

/// <summary>Generated questions come from the article and must cite their source sentence; authored ones may not.</summary>
public enum QuestionOrigin
{
    Generated = 0,
    Authored = 1,
}
