namespace IRLearn.Application.Common.Exceptions;

public sealed class UnauthenticatedException() : Exception("You must sign in first.");
