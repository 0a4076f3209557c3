namespace IRLearn.Application.Common.Exceptions;

/// <summary>
/// The thing asked for does not exist, or is not the caller's to see: both answer 404, so ids of
/// other users' data cannot be probed.
/// </summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;
}
