using System.Runtime.InteropServices;

namespace KapImmersive.Bench;

/// <summary>
/// CPU time used by every thread of this process (clock_gettime CLOCK_PROCESS_CPUTIME_ID), in nanoseconds. llvmpipe
/// draws on this process's own threads, so on a machine other work keeps busy this measures what drawing cost, where
/// the wall clock would also measure the other work.
/// </summary>
internal static partial class ProcessCpuClock
{
    private const int ProcessCpuTimeId = 2;

    public static double Milliseconds()
    {
        if (ClockGetTime(ProcessCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed");
        }

        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
