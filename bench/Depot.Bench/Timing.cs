using System.Diagnostics;

namespace Depot.Bench;

/// <summary>The Stopwatch harness: warm up, then time each call on its own.</summary>
public static class Timing
{
    /// <summary>Runs <paramref name="body"/> <paramref name="warmup"/> times untimed, then <paramref name="count"/> times timed.</summary>
    public static Sample Measure(int warmup, int count, Action<int> body)
    {
        for (var i = 0; i < warmup; i++)
        {
            body(i);
        }

        var timings = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            body(warmup + i);
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return new Sample(timings);
    }

    /// <summary>
    /// Times two operations alternately, so both see the same cache, disk and background load:
    /// the measured one and its baseline, each first every other time.
    /// </summary>
    public static (Sample Measured, Sample Baseline) Paired(int warmup, int count, Action<int> measured, Action<int> baseline)
    {
        for (var i = 0; i < warmup; i++)
        {
            measured(i);
            baseline(i);
        }

        var a = new double[count];
        var b = new double[count];
        for (var i = 0; i < count; i++)
        {
            // Which goes first changes every time: when both touch the same rows, the first finds
            // them cold and the second warm, and neither should always be the one that pays.
            if (i % 2 == 0)
            {
                a[i] = Time(measured, warmup + i);
                b[i] = Time(baseline, warmup + i);
            }
            else
            {
                b[i] = Time(baseline, warmup + i);
                a[i] = Time(measured, warmup + i);
            }
        }

        return (new Sample(a), new Sample(b));
    }

    private static double Time(Action<int> body, int i)
    {
        var start = Stopwatch.GetTimestamp();
        body(i);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
