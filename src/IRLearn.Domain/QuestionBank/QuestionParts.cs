namespace IRLearn.Domain.QuestionBank;

/// <summary>A choice shown for multiple-choice, multiple-response and true/false questions.</summary>
public sealed record QuestionOption(string Text, bool IsCorrect);

/// <summary>The key of a numeric question: any answer within <see cref="Tolerance"/> of <see cref="Value"/> is right.</summary>
public sealed record NumericAnswer(decimal Value, decimal Tolerance);

/// <summary>One correct pairing of a matching question; the pairs' canonical order is their index.</summary>
public sealed record MatchPair(string Left, string Right);

/// <summary>Where a question comes from: the sentence as it stands in the cleaned article, and its character range.</summary>
public sealed record SourceReference(string Sentence, int Start, int Length);
