using System.Diagnostics;

namespace IRLearn.Infrastructure.Tests.Documents.Hostile;

/// <summary>What one piece of work cost: wall time, CPU time of the process, and managed memory.</summary>
public sealed record ResourceUse(TimeSpan Wall, TimeSpan Cpu, long PeakExtraHeapBytes, long AllocatedBytes)
{
    public override string ToString() =>
        $"{Wall.TotalMilliseconds:0} ms wall, {Cpu.TotalMilliseconds:0} ms CPU, peak +{PeakExtraHeapBytes / (1024.0 * 1024):0.0} MB heap, {AllocatedBytes / (1024.0 * 1024):0.0} MB allocated";
}

/// <summary>
/// Measures work run alone in the process (the corpus runs in a collection that is not parallelised).
/// CPU time rather than wall time is what a budget can hold on a shared two-core machine: a loaded
/// machine stretches wall time but not the work done. Peak memory is the managed heap sampled every
/// millisecond against a baseline taken after a full collection, so short-lived peaks are seen too.
/// </summary>
public static class ResourceMeter
{
    public static async Task<(T Result, ResourceUse Use)> MeasureAsync<T>(Func<Task<T>> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var now = GC.GetTotalMemory(forceFullCollection: false);
                if (now > Interlocked.Read(ref peak))
                {
                    Interlocked.Exchange(ref peak, now);
                }

                Thread.Sleep(1);
            }
        })
        { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        sampler.Start();

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        T result;
        try
        {
            result = await work();
        }
        finally
        {
            wall.Stop();
            await stop.CancelAsync();
            sampler.Join();
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var last = GC.GetTotalMemory(forceFullCollection: false);
        return (result, new ResourceUse(wall.Elapsed, cpu, Math.Max(peak, last) - baseline, allocated));
    }
}
