namespace IRLearn.Infrastructure.BackgroundWork;

/// <summary>
/// Who this process is when it holds a lease or runs a job (ADR 20): <c>Instance:Id</c> when set (a deployment may name
/// its instances after their hosts), otherwise the machine, the process id and a random suffix, so two processes, or
/// two hosts in one test process, never share an identity.
/// </summary>
public sealed record InstanceIdentity(string Id)
{
    public const int MaxLength = 200;

    public static InstanceIdentity From(string? configured)
    {
        var id = string.IsNullOrWhiteSpace(configured)
            ? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}"
            : configured.Trim();
        return new InstanceIdentity(id.Length <= MaxLength ? id : id[..MaxLength]);
    }
}
