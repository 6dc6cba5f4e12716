using KapImmersive.Console.Live;
using KapImmersive.Console.Vitals;
using KapImmersive.Core.Session;

namespace KapImmersive.Console.Tests.Live;

public sealed class RulesTests
{
    private static readonly DateTimeOffset Dosing = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly double[] Rhythm = [0, 15, 30, 45, 60, 90];

    [Fact]
    public void Vitals_are_due_at_each_rhythm_time_until_a_reading_covers_it()
    {
        Assert.Null(VitalsRhythm.NextDue(null, Rhythm, []));
        Assert.Equal(Dosing, VitalsRhythm.NextDue(Dosing, Rhythm, []));
        Assert.Equal(Dosing.AddMinutes(15), VitalsRhythm.NextDue(Dosing, Rhythm, [Dosing.AddMinutes(-2)]));
        Assert.Equal(Dosing.AddMinutes(30), VitalsRhythm.NextDue(Dosing, Rhythm, [Dosing.AddMinutes(1), Dosing.AddMinutes(12)]));
        Assert.Null(VitalsRhythm.NextDue(Dosing, Rhythm, [.. Rhythm.Select(m => Dosing.AddMinutes(m + 1))]));
    }

    [Fact]
    public void A_dashboard_request_becomes_the_core_command_and_an_incomplete_one_says_what_it_lacks()
    {
        Assert.True(CommandFactory.TryCreate(new CommandRequest { Type = "setDarkness", Level = 0.8, Seconds = 30 }, "c-1", "console:clara", out var command, out var summary));
        Assert.Equal(new SetDarkness("c-1", "console:clara", 0.8, 30), command);
        Assert.Equal("darkness to 0.8 over 30 s", summary);
        Assert.True(CommandFactory.TryCreate(new CommandRequest { Type = "setPhase", Phase = "return" }, "c-2", "console:clara", out command, out _));
        Assert.Equal(new SetPhase("c-2", "console:clara", SessionPhase.Return), command);
        Assert.False(CommandFactory.TryCreate(new CommandRequest { Type = "setVolume" }, "c-3", "console:clara", out _, out summary));
        Assert.Contains("setVolume level (0..1) [seconds]", summary, StringComparison.Ordinal);
        Assert.False(CommandFactory.TryCreate(new CommandRequest { Type = "requestHelp" }, "c-4", "console:clara", out _, out _));
    }
}
