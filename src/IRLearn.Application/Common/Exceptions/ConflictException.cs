namespace IRLearn.Application.Common.Exceptions;

/// <summary>The request was well formed but clashes with the current state (a concurrent edit, a duplicate).</summary>
public sealed class ConflictException(string message) : Exception(message);
