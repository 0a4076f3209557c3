namespace IRLearn.Web.Infrastructure;

/// <summary>
/// Tags of the health checks. <c>/health/ready</c> runs the checks tagged <see cref="Ready"/> (the database; a
/// future Redis check gets the tag too); <c>/health/live</c> runs none; <c>/health</c> runs all.
/// </summary>
public static class HealthTags
{
    public const string Ready = "ready";
}
