namespace IRLearn.Domain.Lessons;

/// <summary>One titled part of a lesson, in reading order.</summary>
public sealed record LessonSection(string Heading, string Text);
