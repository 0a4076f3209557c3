namespace IRLearn.Domain.Lessons;

/// <summary>A term and what it stands for, for example CICA → Conference on Interaction and Confidence Building Measures in Asia.</summary>
public sealed record KeyTerm(string Term, string Expansion);
